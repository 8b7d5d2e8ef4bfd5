// "قتل جنديان و5 مسلحين في اشتباكات", "ثلاثة جنود و17 مسلحاً قتلوا في معارك", "اشتباكات قتل فيها
// أربعة من الشرطة وثمانية من المسلحين": both sides' dead of a fight joined by "و" around one killing
// verb, the armed men among them — the fight's toll, though the joiner keeps armed men joined after
// victims apart as an attack's attackers.
import type { Numbers, Span2 } from '../reading/count.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { FIGHT_RESULTED } from './fight-resulted.js';

const FIGHT_NOUNS = ['اشتباك', 'اشتباكات', 'معارك', 'معركة', 'مواجهات', 'اقتتال'];
const FIGHT_NOUN = anyOf(FIGHT_NOUNS);
/** Every branch of IN_FIGHT names a fight: a clause with none of its nouns skips the lazy runs. */
const FIGHT_WORDS = FIGHT_NOUNS.map(normalizeForMatch);
const RESULTED = anyOf(['أسفرت', 'أسفر', 'أدت', 'خلفت']);

/**
 * A relative clause on the fight before its result, telling when it broke out and how long it went
 * on: "الاشتباكات التي اندلعت فجر أمس واستمرت حتى ظهر اليوم أسفرت عن" (matching form, no comma).
 */
const WHICH_BROKE_OUT = `(?:\\s+(?:${anyOf(['التي', 'الذي'])})\\s[^،,.؛;]{0,100}?)?`;

/**
 * "اشتباك استمر قرابة ساعتين، قتل فيه": the verb with "فيه" that hangs on the fight may open after a
 * comma that ends the fight's own description (how long it went on, where): "فيه" still points back
 * to the fight, so its dead are the fight's, across that one comma.
 */
const RELATIVE_AFTER_COMMA = '(?:[،,]\\s*)?';

/**
 * The dead placed in a fight (matching form): "في اشتباكات", "خلال المعارك", "إثر مواجهات", a fight a
 * relative clause hangs on ("اشتباكات مع الشرطة قتل فيها"), or a fight as the subject of its result
 * ("الاشتباكات أسفرت عن", "وأسفرت الاشتباكات عن", "الاشتباكات التي اندلعت فجر أمس أسفرت عن").
 */
const IN_FIGHT = new RegExp(
  `(?<!${L})(?:${anyOf(['في', 'خلال', 'أثناء', 'إثر', 'اثر', 'جراء'])})\\s+(?:ال)?(?:${FIGHT_NOUN})(?!${L})|(?<!${L})[وفبل]?(?:ال)?(?:${FIGHT_NOUN})(?!${L})[^،,.؛;]{0,80}?${RELATIVE_AFTER_COMMA}(?<!${L})(?:${anyOf(['قتل', 'قتلوا', 'قضى', 'لقي', 'سقط'])})\\s+(?:${anyOf(['فيها', 'فيه', 'خلالها'])})(?!${L})|(?<!${L})[وفبل]?(?:ال)?(?:${FIGHT_NOUN})(?!${L})${WHICH_BROKE_OUT}\\s+(?:${RESULTED})(?!${L})|(?<!${L})[وف]?(?:${RESULTED})\\s+(?:ال)?(?:${FIGHT_NOUN})(?!${L})`,
  'u',
);

/**
 * A bomb or a suicide attacker told in the clause: its doers who blew themselves up are no side of a
 * fight, their dead kept apart from the victims whatever clashes followed.
 */
const BOMB = new RegExp(
  `(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['انتحاري', 'انتحاريين', 'انتحاريون', 'تفجير', 'مفخخة', 'مفخخ', 'عبوة', 'ناسفة', 'حزام'])})(?!${L})`,
  'u',
);

/** What may stand between the first count and "و" of the second: the first side's noun and name, no break. */
const SIDE_NAME = /^(?:\s+[^\s،,.؛;:]+){0,7}?\s+(?:و\s*)?$/u;
/** The killing verb told right after the second side's name ("و17 مسلحاً قتلوا"), a few words on. */
const VERB_AFTER = /^(?:\s+[^\s،,.؛;:]+){1,6}?\s+$/u;
/** What may stand between the killing verb and the first count: nothing, or "فيها" / a tense word. */
const AFTER_VERB = new RegExp(`^\\s*(?:(?:${anyOf(['فيها', 'فيه', 'خلالها', 'امس', 'اليوم'])})\\s+)?$`, 'u');

const WORD = /[\p{L}]+/gu;

/**
 * Men counted after the second number ("و17 مسلحاً", "و5 مسلحين", "وسبعة من عناصر"): whose they were
 * told by "من", or armed men or soldiers by their noun — not things counted ("وثلاث عربات"); so are
 * smugglers ("وثلاثة مهربين"), the other side of the border guards' fights.
 */
const MEN_AFTER = new RegExp(
  `^\\s*(?:${anyOf(['من', 'مسلحا', 'مسلحين', 'مسلح', 'مقاتلا', 'مقاتلين', 'مقاتل', 'إرهابيا', 'إرهابيين', 'جهاديا', 'جهاديين', 'عناصر', 'عنصرا', 'جنود', 'جنديا', 'عسكريين', 'شرطيين', 'أشخاص', 'أفراد', 'مهربين', 'مهربا'])})(?!${L})`,
  'u',
);

/**
 * The second side named as "the attackers" ("وثلاثة من المهاجمين"): the doers of an attack told as
 * such, whose dead stay apart from its victims whatever clashes followed.
 */
const THE_ATTACKERS = new RegExp(
  `^\\s*(?:${anyOf(['من'])}\\s+)?(?:ال)?(?:${anyOf(['مهاجمين', 'مهاجما', 'مهاجم'])})(?!${L})`,
  'u',
);

const same = (a: Span2, b: Span2): boolean => a.low === b.low && a.high === b.high;

/**
 * Both sides' dead of a fight joined by "و" right after the killing verb (at `cues`, each its
 * offset and the matched text) or right before it, the first told by a number or a dual noun
 * (`nounCount`), where the clause (matching form) places the killing in a fight and tells no bomb:
 * the two counts, where each count the clause was read to have (`read`: its victims', its
 * attackers') is one of them; else null.
 */
export function armedJoinedInFight(
  clause: string,
  numbers: Numbers,
  nounCount: (word: string) => number | null,
  cues: readonly { index: number; text: string }[],
  read: readonly Span2[],
  before = '',
): [Span2, Span2] | null {
  // (or the fight named at length before the verb of its result, across a comma or from the clause
  // its sentence opened with: "اشتباكات بين قوة من الجيش ومسلحين في بساتين الناحية منذ فجر أمس،
  // أسفرت عن مقتل", fight-resulted.ts — the fight, not one side, killed both counts after it)
  const resulted = (): boolean =>
    cues.some((cue) => FIGHT_RESULTED.test(`${before} ${clause.slice(0, cue.index)}`.trimStart()));
  if (
    !(FIGHT_WORDS.some((w) => clause.includes(w)) && IN_FIGHT.test(clause)) &&
    !(FIGHT_WORDS.some((w) => clause.includes(w) || before.includes(w)) && resulted())
  )
    return null;
  if (BOMB.test(clause)) return null;
  // (a dual noun counts the first side as a number does: "قتل جنديان عراقيان و5 مسلحين")
  const counts = new Map(numbers);
  // (not the noun a number counts, "٤ شرطيين": a plural, written as the dual is without vowels)
  const counted = (at: number): boolean =>
    [...numbers.values()].some((n) => n.end <= at && /^\s*$/u.test(clause.slice(n.end, at)));
  for (const m of clause.matchAll(WORD)) {
    const two =
      nounCount(m[0]) === 2 &&
      ![...numbers.keys()].some((n) => n >= m.index && n < m.index + m[0].length) &&
      !counted(m.index);
    if (two) counts.set(m.index, { value: { low: 2, high: 2 }, end: m.index + m[0].length });
  }
  const starts = [...counts.keys()].sort((a, b) => a - b);
  for (let k = 0; k + 1 < starts.length; k++) {
    const first = counts.get(starts[k]!)!;
    const second = counts.get(starts[k + 1]!)!;
    const after = clause.slice(second.end);
    if (!numbers.has(starts[k + 1]!) || !MEN_AFTER.test(after) || THE_ATTACKERS.test(after)) continue;
    const between = clause.slice(first.end, starts[k + 1]);
    const joined =
      SIDE_NAME.test(between) && (between.trimEnd().endsWith('و') || clause[starts[k + 1]!] === 'و');
    if (!joined) continue;
    if (!read.every((count) => same(first.value, count) || same(second.value, count))) continue;
    const verbBefore = cues.some(
      (cue) =>
        cue.index + cue.text.length <= starts[k]! &&
        AFTER_VERB.test(clause.slice(cue.index + cue.text.length, starts[k])),
    );
    // (the verb after the second side's name: the next number or break comes after the verb)
    const nextStart = starts[k + 2] ?? clause.length;
    const verbAfter = cues.some(
      (cue) =>
        cue.index < nextStart &&
        cue.index >= second.end &&
        VERB_AFTER.test(
          clause.slice(second.end, cue.index + (cue.text.length - cue.text.trimStart().length)),
        ),
    );
    if (!verbBefore && !verbAfter) continue;
    return [first.value, second.value];
  }
  return null;
}
