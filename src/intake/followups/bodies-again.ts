// The bodies of the dead already told, recovered, moved, handed over or buried: no new incident.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import type { DateValue } from '../dates/date-values.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * The bodies named definite, with no count of their own before them: "انتشل الدفاع المدني الجثث
 * الثلاث", "نقلت الجثة إلى الطب العدلي", "وتم تسليم جثامينهم إلى ذويهم"; "the bodies were taken to
 * the morgue", "rescuers recovered the three bodies", "their bodies were handed to their families";
 * so are the bodies of those told by their place among the dead already counted: "فيما لا يزال مصير
 * جثتي الآخرَين مجهولاً" (the two others'), "جثث الضحايا", "جثامين القتلى".
 * ("the bodies of three shepherds were found", "جثث أربعة رجال": a count of bodies, found anew, is
 * not this.)
 */
const DEFINITE_BODIES = new RegExp(
  `(?<!${L})(?:و|ف)?(?:${f(['الجثث', 'الجثة', 'الجثتين', 'الجثتان', 'الجثامين', 'الجثمان', 'جثامينهم', 'جثثهم', 'جثتيهما', 'جثامينهما', 'جثته', 'جثمانه'])})(?!${L})|(?<!${L})(?:و|ف)?(?:${f(['جثتي', 'جثث', 'جثامين', 'جثماني'])})\\s+(?:${f(['الآخرين', 'الباقين', 'البقية', 'الضحايا', 'القتلى'])})(?!${L})|(?<!${L})(?:the|their|his|her)\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)?bod(?:y|ies)(?!\\s+of\\s+(?!the\\b|those\\b|these\\b)[\\p{L}\\d])(?!${L})`,
  'u',
);

/** A count of bodies: "Eleven bodies", "ثلاث جثث", "3 bodies", "جثث أربعة رجال" are bodies counted anew. */
const COUNTED_BODIES = new RegExp(
  `(?<!${L})(?:\\d+|${f(['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر', 'عشرات'])})\\s+(?:${f(['جثث', 'جثة'])})(?!${L})|(?<!${L})${f(['جثث'])}\\s+(?:\\d+|${f(['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'])})(?!${L})|(?<!(?:the|their|his|her)\\s)(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of)\\s+bodies(?!${L})`,
  'u',
);

/**
 * The bodies of someone's own, named by kin with the pronoun of whose they are: "جثث زوجته وطفليه",
 * "جثمان شقيقها", "جثتي ولديه" — those the article has told of, since it knows whose they are. (Only
 * the endings a person noun's ta marbuta does not give in matching form: "جثة امرأة", "جثة طفلة" are
 * bodies found anew.)
 */
const BODIES_OF_KIN = new RegExp(
  `(?<!${L})(?:و|ف)?(?:${f(['جثث', 'جثة', 'جثتي', 'جثمان', 'جثامين', 'جثماني'])})\\s+(\\p{L}+(?:ته|يه|ها|هم|هما|هن))(?!${L})`,
  'u',
);

function bodiesOfKin(matchText: string): boolean {
  const kin = BODIES_OF_KIN.exec(matchText)?.[1];
  return !!kin && arabicNounCount(kin) !== null;
}

/** The clause (in matching form) tells of the bodies of the dead counted before, not of new dead. */
export function retellsBodies(matchText: string): boolean {
  return (DEFINITE_BODIES.test(matchText) || bodiesOfKin(matchText)) && !COUNTED_BODIES.test(matchText);
}

/**
 * The bodies are told on no day of their own, or on one not before the deed's ("This morning villagers
 * found the two bodies", after the killing of the evening before): the dead found since, not a deed
 * of that day.
 */
export const bodiesFoundSinceDeed = (deed: DateValue | null, found: DateValue | undefined): boolean =>
  !found || (!!deed && found.from >= deed.from);
