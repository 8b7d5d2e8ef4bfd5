// A funeral: the day and place of the burial are not those of the killing.
import { L, anyOf as f } from '../reading/word-pattern.js';

/** "وشيّع", "فودّع": a funeral verb opening its clause on "and". */
const CONJUNCTION = '[وف]?';

/**
 * A funeral ("شيّع الأهالي اليوم جثامين ستة مدنيين قتلوا … يوم الأحد", "mourners buried on Tuesday
 * the victims of Sunday's strike"): the day of the burial is not the day of the killing.
 */
const FUNERAL = new RegExp(
  `(?<!${L})(?:${CONJUNCTION}(?:${f(['شيع', 'شيعت', 'شيعوا', 'تشييع', 'جنازة', 'جنازات', 'دفن', 'دفنوا', 'ووري'])})|funerals?|buried|burial|mourners)(?!${L})`,
  'u',
);

/**
 * "ودّع أهالي المدينة، اليوم، جثامين سبعة مقاتلين", "تودّع البلدة جثمان الشهيد": bidding farewell to
 * the dead's bodies is their funeral. Only with the bodies named after it, a few words on: "ودعت"
 * alone is as often "and she called" (و + دعت).
 */
const FAREWELL_TO_BODIES = new RegExp(
  `(?<!${L})${CONJUNCTION}(?:${f(['ودع', 'ودعت', 'ودعوا', 'تودع', 'يودع', 'توديع', 'وداع'])})(?!${L})` +
    // One word at a time (a word never holds a space), so a sentence without the bodies is given
    // up on in linear time, not tried every way of cutting it into ten pieces.
    `(?=\\s+(?:[^\\s.!?؟]+\\s+){0,9}(?:${f(['جثامين', 'جثمان', 'جثماني'])})(?!${L}))`,
  'u',
);

/** The first word of a funeral in `matchText`: its index, or null. */
export function funeralAt(matchText: string): number | null {
  const at = [FUNERAL.exec(matchText)?.index, FAREWELL_TO_BODIES.exec(matchText)?.index].filter(
    (i): i is number => i !== undefined,
  );
  return at.length > 0 ? Math.min(...at) : null;
}

export function tellsFuneral(matchText: string): boolean {
  return funeralAt(matchText) !== null;
}

/**
 * The dead a funeral buried, named after it: "buried the victims of", "جثامين", "جثمان", "شيّع …
 * شهداء الغارة" (its martyrs).
 */
const BURIED_DEAD = new RegExp(
  `(?<!${L})(?:${f(['جثامين', 'جثمان', 'جثماني', 'جثث', 'ضحايا', 'شهداء', 'الشهداء'])}|(?:the )?(?:victims|bodies|coffins) of)(?!${L})`,
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
  const funeral = funeralAt(matchText);
  if (funeral === null) return null;
  const dead = BURIED_DEAD.exec(matchText.slice(funeral));
  return dead ? funeral + dead.index : null;
}
