// The wounded told as they are now ("still being treated"), not as more victims.
import { normalizeForMatch } from '../../text/normalize.js';
import type { NumberMention } from '../reading/types.js';
import type { MatchView } from '../reading/view.js';

/** The wounded already counted, told as they are now: "لا يزال أربعة جرحى يتلقون العلاج", "two remain in hospital". */
const STILL_TREATED = new RegExp(
  `(?<![\\p{L}])(?:${['لا يزال', 'لايزال', 'ما زال', 'مازال', 'لا يزالون', 'ما زالوا', 'لا تزال'].map(normalizeForMatch).join('|')})(?![\\p{L}])[^،,.]{0,40}?(?:${['جرحى', 'الجرحى', 'مصابين', 'المصابين', 'جريحان', 'جريحين', 'مصابان', 'يتلقون العلاج', 'يتلقيان العلاج', 'يتلقى العلاج', 'تتلقى العلاج', 'يرقدون', 'في المستشفى'].map(normalizeForMatch).join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:still|remain|remained|remains)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:in hospital|in (?:a )?(?:critical|serious|stable) condition|being treated|receiving (?:medical )?treatment|under treatment|hospitali[sz]ed)(?![\\p{L}])`,
  'u',
);
/** Two wounded told by the dual noun alone ("جريحان", "مصابان"). */
const DUAL_WOUNDED = new RegExp(
  `(?<![\\p{L}])(?:${['جريحان', 'جريحين', 'مصابان', 'مصابين اثنين'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/** The words of care in the singular: one still treated ("يتلقى العلاج", "تتلقى العلاج"). */
const ONE_TREATED = new RegExp(
  `(?<![\\p{L}])(?:${['يتلقى العلاج', 'تتلقى العلاج'].map(normalizeForMatch).join('|')})$`,
  'u',
);
/** A verb that counts casualties now ("two were wounded and remain in hospital" counts them). */
// (its noun joined by "و" to the count before, "مقتل ثلاثة وإصابة أربعة آخرين ما زال اثنان منهم
// يتلقيان العلاج", or the martyr's word for the dead, "استشهاد", count them all the same)
const HIT_NOW = new RegExp(
  `(?<![\\p{L}])(?:killed|wounded|injured|hurt|[وف]?(?:${['قتل', 'مقتل', 'أصيب', 'أصيبوا', 'إصابة', 'جرح', 'استشهاد', 'استشهد', 'استشهدوا'].map(normalizeForMatch).join('|')}))(?![\\p{L}])`,
  'u',
);
/**
 * "the four remaining wounded", "46 wounded were still being treated": the wounded named as those
 * left, or as the subject of the words that tell they are still in care — a noun, no one hit now.
 */
const REMAINING =
  /(?<![\p{L}])(?:(?:remaining|surviving)\s+(?:wounded|injured)|(?:wounded|injured)(?=\s+(?:people\s+)?(?:were|are|remain|remained|remains)\s+still\s|\s+(?:people\s+)?(?:still|remain|remained|remains)\s))(?![\p{L}])/gu;
/** At most three words between the count and "still": "five others are still being treated", "the four remaining wounded are still…". */
const JUST_BEFORE = /^\s+(?:[\p{L}]+\s+){0,3}$/u;
/**
 * "أربعة من الجرحى ما زالوا في العناية المركزة", "two of the wounded remain in critical condition": a
 * share of the wounded, told by "of", not all those still in care.
 */
const SHARE_OF = new RegExp(`^\\s+(?:${normalizeForMatch('من')}|of)\\s`, 'u');

/** The clause (in matching form) tells wounded still in care, and no one hit now. */
export function stillTreated(matchText: string): boolean {
  return STILL_TREATED.test(matchText) && !HIT_NOW.test(matchText.replace(REMAINING, ' '));
}

/**
 * How many are still in care: the count inside the words ("لا يزال 13 مصاباً يتلقون العلاج") or
 * right before them ("five others are still being treated"). They are the event's wounded as they
 * are now, where it told none (incidents.ts); null where the clause tells no such count.
 */
export function treatedCount(view: MatchView, numbers: readonly NumberMention[]): number | null {
  if (!stillTreated(view.text)) return null;
  const m = STILL_TREATED.exec(view.text)!;
  const end = m.index + m[0].length;
  const inside = numbers.find((n) => n.start >= m.index && n.end <= end);
  if (inside) return inside.value;
  // "لا يزال جريحان يتلقيان العلاج": the dual is its own count, two
  if (DUAL_WOUNDED.test(m[0])) return 2;
  // "فيما لا يزال نجل ثالث للعائلة يتلقى العلاج": the verb in the singular tells of one
  if (ONE_TREATED.test(m[0])) return 1;
  const before = numbers.filter((n) => n.end <= m.index && JUST_BEFORE.test(view.text.slice(n.end, m.index)));
  const count = before[before.length - 1];
  return count && !SHARE_OF.test(view.text.slice(count.end, m.index)) ? count.value : null;
}

/** The rest of a pair or a group, by number: "الآخر" one, "الآخران" two; "the other" one, "the other two" two. */
const OTHERS_AR: Record<string, number> = Object.fromEntries(
  [
    ...['الآخر', 'الأخرى'].map((w) => [w, 1] as const),
    ...['الآخران', 'الآخرين', 'الأخريان', 'الأخريين'].map((w) => [w, 2] as const),
  ].map(([w, n]) => [normalizeForMatch(w), n]),
);
/** Care now, a few words after the others named: "للعلاج", "يتلقى العلاج", "في المستشفى", "حالته مستقرة". */
const IN_CARE_AR = ['للعلاج', 'العلاج', 'المستشفى', 'المشفى', 'يزال', 'حالته', 'حالتها', 'حالتهما'].map(
  normalizeForMatch,
);
const OTHERS_IN_CARE = new RegExp(
  `(?<![\\p{L}])(?<ar>${Object.keys(OTHERS_AR).join('|')})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${IN_CARE_AR.join('|')})(?![\\p{L}])|(?<![\\p{L}])the other(?:\\s(?<two>two))?(?:\\s(?:one|man|woman|boy|girl|brother|son|wounded))?\\s(?:is|was|remains|remained|is still|was still)\\s(?:in hospital|being treated|receiving treatment|in (?:a )?(?:critical|serious|stable) condition)(?![\\p{L}])`,
  'u',
);

/**
 * "حيث فارق الأكبر سناً الحياة …، فيما يخضع الآخر للعلاج", "the other remains in hospital": how many
 * of the wounded the clause (in matching form) tells still in care, named as the rest of those hit
 * (the one who died is not of them); null where it names no such rest.
 */
export function othersStillTreated(matchText: string): number | null {
  const g = OTHERS_IN_CARE.exec(matchText)?.groups;
  if (!g) return null;
  return g.ar ? (OTHERS_AR[g.ar] ?? null) : g.two ? 2 : 1;
}
