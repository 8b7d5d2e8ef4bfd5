// A side told to have inflicted losses, with no number and no word for the fight: a fight all the same.
import { L, anyOf } from '../reading/word-pattern.js';

/** Verbs of inflicting, with the pronoun or "و" they may carry ("وأوقعت", "كبدتهم", "موقعين"). */
const INFLICT_AR = anyOf([
  'أوقعت',
  'أوقع',
  'أوقعوا',
  'موقعة',
  'موقعا',
  'موقعين',
  'كبدت',
  'كبد',
  'كبدوا',
  'مكبدة',
  'مكبدين',
]);

/** What was inflicted: losses (never "خسائر مادية", things), dead, or dead and wounded together. */
const LOSSES_AR = anyOf(['خسائر', 'قتلى', 'إصابات', 'بين قتيل', 'بين قتلى', 'الخسائر', 'ضحايا']);

const INFLICTED = new RegExp(
  `(?<!${L})(?:inflicted|inflicting|inflicts|caused|causing)\\s+(?:(?:heavy|severe|big|major|significant|considerable|great|huge|serious)\\s+)?(?:losses|casualties)\\s+(?:on|upon|among)(?!${L})|(?<!${L})و?${INFLICT_AR}\\p{L}{0,3}\\s+(?:[^\\s،,.؛]+\\s+){0,2}?["«“]?${LOSSES_AR}(?!${L})(?!\\s+(?:${anyOf(['مادية', 'المادية'])})(?!${L}))`,
  'u',
);

/**
 * "army units inflicted heavy losses on the terrorists", "وأوقعت أفرادها بين قتيل ومصاب",
 * "كبدتهم خسائر فادحة في الأرواح": a side told to have dealt losses to another, with no number and
 * no word for what happened. Casualties with no word for the event make it an attack until told
 * more (clause.ts); losses one side inflicts on another make it a fight between them. The clause
 * (in matching form) tells such losses, told by a subject of its own; its killed and wounded stay
 * uncounted.
 */
export function tellsInflictedLosses(matchText: string): boolean {
  const found = INFLICTED.exec(matchText);
  // (not a clause that opens on the verb, "…، وكبدوهم خسائر فادحة", "…, inflicting heavy losses on
  // them": the losses of the deed its sentence told before it, no fight of their own)
  return !!found && /[\p{L}\p{N}]/u.test(matchText.slice(0, found.index));
}
