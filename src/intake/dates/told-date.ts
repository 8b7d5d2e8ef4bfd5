// A clause that only dates the event just told, by its definite name.
import { L, anyOf as f } from '../reading/word-pattern.js';

const NOUNS_AR = [
  'العملية',
  'الهجوم',
  'الغارة',
  'الضربة',
  'الانفجار',
  'التفجير',
  'الاشتباك',
  'الاشتباكات',
  'الكمين',
  'القصف',
  'المداهمة',
  'الغارات',
  'الضربات',
  'الهجمات',
  'التفجيرات',
];
// the blow's own verb names it again as much as "took place" does: "قال إن الغارات استهدفت القرية
// فجر الاثنين", "said the strikes hit the village late on Monday night"
const VERBS_AR = [
  'وقعت',
  'وقع',
  'جرت',
  'جرى',
  'حدثت',
  'حدث',
  'نفذت',
  'نفذ',
  'استهدفت',
  'استهدف',
  'طالت',
  'طال',
];

/**
 * "The operation took place on Monday", "the attack happened late Sunday", "وجرت العملية يوم
 * الاثنين", "وكان الهجوم قد وقع فجر الأحد": the day of the event told just before, when the sentence
 * that told it gave only the day it was announced.
 */
const DATES_TOLD = new RegExp(
  `(?<!${L})the (?:operation|raids?|attacks?|strikes?|air ?strikes?|blasts?|explosions?|bombings?|ambush|clash|clashes|shelling|assault) (?:took place|happened|occurred|was carried out|were carried out|was launched|hit|struck|targeted)(?!${L})|(?<!${L})(?:${f(NOUNS_AR)})\\s+(?:${f(['قد'])}\\s+)?(?:${f(VERBS_AR)})(?!${L})|(?<!${L})و?(?:${f(VERBS_AR)})\\s+(?:${f(NOUNS_AR)})(?!${L})`,
  'u',
);

/**
 * "…مقتل راعٍ ونجله على يد مسلحين، وذلك في بادية البلدة مساء أمس", "…were shot dead. It happened
 * late on Monday": a clause opened by a word pointing back at the killing just told says where and
 * when that was.
 */
const THAT_WAS = new RegExp(
  `^\\s*(?:${f(['وذلك', 'ذلك'])}|(?:it|this) (?:took place|happened|occurred))(?!${L})`,
  'u',
);

/** The clause (in matching form) gives the day of the event just told. */
export function datesEventTold(matchText: string): boolean {
  return DATES_TOLD.test(matchText) || THAT_WAS.test(matchText);
}

/**
 * A funeral ("شيّع الأهالي اليوم جثامين ستة مدنيين قتلوا … يوم الأحد", "mourners buried on Tuesday
 * the victims of Sunday's strike"): the day of the burial is not the day of the killing.
 */
const FUNERAL = new RegExp(
  `(?<!${L})(?:${f(['شيع', 'شيعت', 'شيعوا', 'تشييع', 'جنازة', 'جنازات', 'دفن', 'دفنوا', 'ووري'])}|funerals?|buried|burial|mourners)(?!${L})`,
  'u',
);

export function tellsFuneral(matchText: string): boolean {
  return FUNERAL.test(matchText);
}

/**
 * The dead a funeral buried, named after it: "buried the victims of", "جثامين", "جثمان".
 */
const BURIED_DEAD = new RegExp(
  `(?<!${L})(?:${f(['جثامين', 'جثمان', 'جثماني', 'جثث', 'ضحايا'])}|(?:the )?(?:victims|bodies|coffins) of)(?!${L})`,
  'u',
);

/**
 * "Thousands of mourners on Thursday buried the victims of a drone strike on a checkpoint",
 * "شيّع الأهالي اليوم جثامين ضحايا الغارة": where a funeral names the dead it buried, a day told
 * only before them is the burial's; the killing's day is one told after ("…جثامين ستة قتلوا يوم
 * الأحد"), or none. `days`: the clause's event days, by where each starts. Null: no funeral naming
 * its dead.
 */
export function daysAfterBuriedDead<T extends { start: number }>(
  matchText: string,
  days: readonly T[],
): T[] | null {
  const from = buriedDeadAt(matchText);
  return from === null ? null : days.filter((d) => d.start > from);
}

/**
 * Where a funeral names the dead it buried ("شيّع أهالي البلدة اليوم جثامين …"), in `matchText`
 * (matching form): what the clause tells before is the burial's, after it the killing's. Null: no
 * funeral naming its dead.
 */
export function buriedDeadAt(matchText: string): number | null {
  const funeral = FUNERAL.exec(matchText);
  if (!funeral) return null;
  const dead = BURIED_DEAD.exec(matchText.slice(funeral.index));
  return dead ? funeral.index + dead.index : null;
}
