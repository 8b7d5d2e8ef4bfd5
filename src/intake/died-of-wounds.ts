// Wounded who died later: more dead of the event told before, and fewer wounded.
import { normalizeForMatch } from '../text/normalize.js';
import { THE_OTHER_AR } from './casualty-words.js';
import { CUES } from './event-cues.js';
import type { DateMention } from './types.js';
import { anyOf as f } from './word-pattern.js';

/**
 * "أحد جرحى التفجير", "أحد مصابي انفجار اللغم": the wounded of a blow named after them (the construct
 * state), definite as "الجرحى" is: the wounded already counted.
 */
const WOUNDED_OF = `(?:${f(['جرحى', 'مصابي'])})\\s+(?:\\p{L}+\\s+)?(?:${f(['ال'])})\\p{L}+`;

/**
 * "after a man wounded in the attack died overnight", "one of those injured in the blast had died": the
 * wounding told by a participle of the one who died, in the event just told (not a count of wounded).
 */
const WOUNDED_IN_DIED = `(?<![\\p{L}])(?<en>a|an|one|two|three)\\s(?:[\\p{L}-]+\\s){0,2}?(?:who (?:was|were|had been)\\s)?(?:wounded|injured)\\s(?:in|during|by)\\s(?:[^\\s,.;]+\\s){1,4}?(?:(?:later|overnight|subsequently|also)\\s)?(?:had\\s)?(?:died|succumbed)(?![\\p{L}])`;

/**
 * "One of the wounded died later in hospital", "وتوفي أحد الجرحى لاحقا متأثرا بجراحه", "بعد وفاة اثنين من الجرحى", "two of the
 * injured succumbed", "one of the injured, a 16-year-old girl, later died" (who they were, between commas),
 * "one of them, a truck driver, died of his injuries" (them: the wounded, since he died of wounds):
 * that many more dead of the event just told, that many fewer wounded.
 */
const DIED_OF_WOUNDS = new RegExp(
  `(?<![\\p{L}])(?<n>one|two|three|four|five|\\d+) of the (?:wounded|injured)(?:,[^,.;]{1,40},)?\\s(?:[\\p{L}]+\\s){0,2}?(?:died|succumbed)(?![\\p{L}])|${WOUNDED_IN_DIED}|(?<![\\p{L}])(?<them>one|two|three) of them(?:,[^,.;]{1,40},)?\\s(?:[\\p{L}]+\\s){0,2}?(?:died (?:of|from) (?:his|her|their) (?:wounds|injuries)|succumbed)(?![\\p{L}])|(?<![\\p{L}])و?(?:${f(['توفي', 'توفيت', 'فارق', 'فارقا', 'فارقوا', 'وفاة'])})(?:\\s+${f(['الحياة'])})?(?:[،,]\\s*[^،,.]{1,30}[،,])?\\s+(?:[^\\s،,.]+\\s+){0,3}?(?<ar>${f(['أحد', 'اثنان', 'اثنين', 'ثلاثة'])})\\s+(?:(?:${f(['من'])}\\s+)?(?:${f(['الجرحى', 'المصابين', 'المصابون'])})|${WOUNDED_OF})(?![\\p{L}])|(?<![\\p{L}])(?<ar2>${f(['أحد', 'اثنان', 'اثنين', 'ثلاثة'])})\\s+(?:${f(['من'])}\\s+)?(?:${f(['الجرحى', 'المصابين'])})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${f(['توفي', 'فارق', 'فارقا', 'فارقوا', 'توفيا', 'توفوا'])})(?![\\p{L}])`,
  'u',
);
const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  [normalizeForMatch('أحد')]: 1,
  [normalizeForMatch('اثنان')]: 2,
  [normalizeForMatch('اثنين')]: 2,
  [normalizeForMatch('ثلاثة')]: 3,
};

/**
 * "وتوفي ثالث لاحقاً متأثراً بجروحه", "وفارقت أخرى الحياة متأثرة بجراحها": one more of the event just
 * told, dead of the wounds it gave (English tells it with a count of its own: "a third man died").
 */
const ONE_MORE_DIED = new RegExp(
  `(?<![\\p{L}])و?(?:${f(['توفي', 'توفيت', 'فارق', 'فارقت'])})\\s+(?:${f(['الحياة'])}\\s+)?(?:${f(['ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'آخر', 'أخرى'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${f(['متأثرا', 'متأثرة'])})(?![\\p{L}])`,
  'u',
);

/** Dead of his or her own wounds: one person ("متأثراً بجراحه"; the plural forms tell of several). */
export const OWN_WOUNDS_AR = [
  'متأثرا بجراحه',
  'متأثرة بجراحها',
  'متأثرا بجروحه',
  'متأثرة بجروحها',
  'متأثرا بإصابته',
  'متأثرة بإصابتها',
];

/**
 * "وأضاف أن أحمد فارق الحياة متأثراً بجراحه صباح اليوم": one person, told by name, dead of the wounds —
 * no count of its own (English names him with a count: "a student died of his wounds" counts one).
 */
const ONE_DIED = new RegExp(
  `(?<![\\p{L}])(?:${f(['توفي', 'توفيت', 'فارق الحياة', 'فارقت الحياة'])})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${f(OWN_WOUNDS_AR)})(?![\\p{L}])`,
  'u',
);

/**
 * A clause with no count of its own that tells one person dead of their wounds, after an event that
 * counted wounded: one of them, now dead (one more killed, one fewer wounded) — the editor counts a
 * wounded man who died later as killed.
 */
export function oneOfWoundedDied(matchText: string, counts: boolean, woundedBefore: boolean): boolean {
  // ("فيما توفي الآخر متأثراً بإصابته": the other of a pair told before, not one more)
  const words = matchText.split(/[^\p{L}]+/u);
  if (words.some((w) => THE_OTHER_AR.has(w) || w === 'other')) return false;
  return !counts && woundedBefore && matchText.includes('متاثر') && ONE_DIED.test(matchText);
}

/** How many of the wounded the clause (in matching form) tells as dead since, if it does. */
export function diedOfWounds(matchText: string): number | null {
  if (!/wounded|injured|injuries|wounds|succumbed|جرحي|مصاب|متاثر/u.test(matchText)) return null;
  const g = DIED_OF_WOUNDS.exec(matchText)?.groups;
  if (!g) return ONE_MORE_DIED.test(matchText) ? 1 : null;
  const word = g.n ?? g.en ?? g.them ?? g.ar ?? g.ar2 ?? '';
  return SMALL[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
}

/** Where the clause (in matching form) tells some of the wounded dead since, or null. */
export function diedOfWoundsSpan(matchText: string): { start: number; end: number } | null {
  if (!/wounded|injured|injuries|wounds|succumbed|جرحي|مصاب/u.test(matchText)) return null;
  const m = DIED_OF_WOUNDS.exec(matchText);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The dead added had been among the wounded: "متأثرا بجراحه", "died of his wounds". */
const DIED_OF_WOUNDS_PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${['متأثرا بجراحه', 'متأثرة بجراحها', 'متأثرين بجراحهم', 'متأثرين بجراحهما', 'متأثرا بإصابته', 'متأثرة بإصابتها', 'متأثرين بإصاباتهم', 'متأثرين بإصاباتهما', 'متأثرين بإصابتهما', 'متأثرين بإصابتهم', 'متأثرا بجروحه', 'متأثرا بجراح', 'متأثرة بجراح', 'متأثرين بجراح', 'متأثرا بجروح', 'متأثرة بجروح'].map(normalizeForMatch).join('|')}|died (?:of|from) (?:his|her|their) (?:wounds|injuries)|succumbed to (?:his|her|their) (?:wounds|injuries))(?![\\p{L}])`,
  'u',
);

/** Where the clause (in matching form) says someone died of their wounds ("متأثرا بجراحه"), else -1. */
export function diedOfWoundsAt(matchText: string): number {
  return /wounds|injuries|متاثر/u.test(matchText) ? matchText.search(DIED_OF_WOUNDS_PHRASE) : -1;
}

/** The clause (in matching form) tells of one who died of wounds: the dead added leave the wounded. */
export function diesOfWounds(matchText: string): boolean {
  // a cheap screen first: most clauses have none of these words
  const phrase = /wounds|injuries|متاثر/u.test(matchText) && DIED_OF_WOUNDS_PHRASE.test(matchText);
  return phrase || diedOfWounds(matchText) !== null;
}

/**
 * "مواطنة فارقت الحياة متأثرة بجراح أصيبت بها قبل يومين", "a man wounded in a strike on Sunday died
 * of his wounds on Tuesday": the day told after the wounding is the blow's, and the event runs from
 * it to the death — the day the clause gives after it, else the day of the report. Other clauses, and
 * a day told of the death alone ("توفي متأثرا بجراحه أمس"), keep their day.
 */
export function untilDeath(
  matchText: string,
  told: DateMention,
  later: readonly DateMention[],
  published: string,
): DateMention['date'] {
  const wounding = [...matchText.matchAll(CUES.wounded)].some((m) => m.index < told.start);
  if (!wounding || !diesOfWounds(matchText)) return told.date;
  const death = later.filter((d) => d.start > told.start).pop();
  const to = death ? death.date.to : published;
  return to > told.date.to ? { ...told.date, to } : told.date;
}
