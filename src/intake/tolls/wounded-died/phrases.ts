// The death of one already counted among the wounded (or the dead) of the event just told: the
// words that tell it, read in a clause's matching form. The clause's reading of them (its counts and
// days) is in clause.ts, the incident's in incident.ts.
import { normalizeForMatch } from '../../../text/normalize.js';
import { THE_OTHER_AR } from '../../casualties/casualty-words.js';
import { CUES } from '../../events/event-cues.js';
import { AR_UNITS, EN_ORDINALS } from '../../reading/number-words.js';
import { L, anyOf as f } from '../../reading/word-pattern.js';

/**
 * "أحد جرحى التفجير", "أحد مصابي انفجار اللغم": the wounded of a blow named after them (the construct
 * state), definite as "الجرحى" is: the wounded already counted.
 */
const WOUNDED_OF = `(?:${f(['جرحى', 'مصابي'])})\\s+(?:\\p{L}+\\s+)?(?:${f(['ال'])})\\p{L}+`;

/**
 * "after a man wounded in the attack died overnight", "one of those injured in the blast had died": the
 * wounding told by a participle of the one who died, in the event just told (not a count of wounded);
 * so is it set between commas ("a fourth man, wounded in the same raid, died hours later").
 */
const WOUNDED_IN_DIED = `(?<![\\p{L}])(?<en>a|an|one|two|three)\\s(?:[\\p{L}-]+\\s){0,2}?(?:[\\p{L}-]+,\\s)?(?:who (?:was|were|had been)\\s)?(?:wounded|injured)\\s(?:in|during|by)\\s(?:[^\\s,.;]+\\s){0,3}?[^\\s,.;]+,?\\s(?:(?:later|overnight|subsequently|also)\\s)?(?:had\\s)?(?:died|succumbed)(?![\\p{L}])`;

/** The hedge the count of the wounded may keep: "three of the at least 20 wounded", "of the more than 30". */
const HEDGE = '(?:at least|more than|over|some|about|around|nearly) ';
/** "one of the 11 people wounded": the wounded counted in the words that tell one of them dead. */
const COUNTED = `(?:${HEDGE})?\\d+\\s(?:[\\p{L}-]+\\s)?`;

/**
 * Who the one who died was, between commas after "one of the wounded": a part or two ("one of the
 * wounded, a 16-year-old girl,", "one of the wounded, Ali Hassan, 62,": his name, then his age).
 */
const ASIDES = '(?:(?:,[^,.;]{1,40}){1,2},)?';

/**
 * "One of the wounded died later in hospital", "وتوفي أحد الجرحى لاحقا متأثرا بجراحه", "بعد وفاة اثنين من الجرحى", "two of the
 * injured succumbed", "one of the injured, a 16-year-old girl, later died" (who they were, between commas),
 * "one of them, a truck driver, died of his injuries" (them: the wounded, since he died of wounds):
 * that many more dead of the event just told, that many fewer wounded.
 */
/**
 * How many of the wounded died, in Arabic: a word up to ten ("خمسة من الجرحى فارقوا الحياة خلال
 * الليل", "وفاة أربعة من المصابين"); the count is of the wounded already told, however many.
 */
const AR_FEW_DIED = `(?:${f(['أحد', 'اثنان', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'])})`;
const DIED_OF_WOUNDS = new RegExp(
  `(?<![\\p{L}])(?<n>one|two|three|four|five|\\d+) of the (?:${COUNTED})?(?:wounded|injured)${ASIDES}\\s(?:[\\p{L}]+\\s){0,2}?(?:died|succumbed)(?![\\p{L}])|${WOUNDED_IN_DIED}|(?<![\\p{L}])(?<them>one|two|three) of them${ASIDES}\\s(?:[\\p{L}]+\\s){0,2}?(?:died (?:of|from) (?:his|her|their) (?:wounds|injuries)|succumbed)(?![\\p{L}])|(?<![\\p{L}])و?(?:${f(['توفي', 'توفيت', 'فارق', 'فارقا', 'فارقوا', 'وفاة'])})(?:\\s+${f(['الحياة'])})?(?:[،,]\\s*[^،,.]{1,30}[،,])?\\s+(?:[^\\s،,.]+\\s+){0,3}?(?<ar>${AR_FEW_DIED})\\s+(?:(?:${f(['من'])}\\s+)?(?:${f(['الجرحى', 'المصابين', 'المصابون'])})|${WOUNDED_OF})(?![\\p{L}])|(?<![\\p{L}])(?<ar2>${AR_FEW_DIED})\\s+(?:${f(['من'])}\\s+)?(?:${f(['الجرحى', 'المصابين'])})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${f(['توفي', 'فارق', 'فارقا', 'فارقوا', 'توفيا', 'توفوا'])})(?![\\p{L}])`,
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
 * "وتوفي ثالث لاحقاً متأثراً بجروحه", "وفارقت أخرى الحياة متأثرة بجراحها", "a seventh officer died of
 * his wounds early Tuesday": one more of the event just told, dead of his or her own wounds — those
 * it gave (its rank says whether the toll told holds him: rankOfDead). Not "a third man died" alone,
 * a count of its own, nor "A fourth soldier died of wounds sustained in …", without "his": a death
 * from another blow, as casualty announcements tell it.
 */
const ONE_MORE_DIED = new RegExp(
  `(?<![\\p{L}])(?:a|another)\\s(?:${Object.keys(EN_ORDINALS).join('|')})\\s[\\p{L}-]+\\s(?:(?:later|also|then|overnight)\\s)?(?:died (?:of|from)|succumbed to) (?:his|her) (?:wounds|injuries)(?![\\p{L}])|(?<![\\p{L}])و?(?:${f(['توفي', 'توفيت', 'فارق', 'فارقت'])})\\s+(?:${f(['الحياة'])}\\s+)?(?:${f(['ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'آخر', 'أخرى'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${f(['متأثرا', 'متأثرة'])})(?![\\p{L}])`,
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
 * no count of its own (English names him with a count: "a student died of his wounds" counts one);
 * or by the verb after "قبل أن", with the day of the death between ("قبل أن يفارق الحياة فجر اليوم
 * الاثنين متأثراً بجراحه": he, the one just told wounded).
 */
const ONE_DIED = new RegExp(
  `(?<![\\p{L}])(?:${f(['توفي', 'توفيت', 'يتوفى', 'تتوفى', 'فارق الحياة', 'فارقت الحياة', 'يفارق الحياة', 'تفارق الحياة'])})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${f(OWN_WOUNDS_AR)})(?![\\p{L}])`,
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
  return SMALL[word] ?? AR_UNITS[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
}

const WOUNDED_WHO_DIED = new RegExp(WOUNDED_IN_DIED, 'u');

/**
 * How many the clause (in matching form) tells wounded by a participle of their own and then dead
 * ("a third man, wounded in the strike, died in hospital", "two policemen wounded in the clash later
 * died"), or 0: the count of the wounding is that of the dead, no wounded of its own.
 */
export function woundedWhoDied(matchText: string): number {
  if (!/wounded|injured/u.test(matchText)) return 0;
  const m = WOUNDED_WHO_DIED.exec(matchText);
  const word = m?.groups?.en;
  if (!m || !word) return 0;
  // ("…, died in hospital, and a fourth passenger was being treated for burns": the wounded the
  // clause counts are that other one, still alive)
  if (matchText.slice(m.index + m[0].length).search(CUES.wounded) >= 0) return 0;
  return SMALL[word] ?? 0;
}

/** Some of the wounded, told without a number: "several of the 41 wounded". */
const UNTOLD_SHARE = 'several|some|a few|a number';
const OF_COUNTED_WOUNDED = new RegExp(
  `(?<![\\p{L}])(?<died>one|two|three|${UNTOLD_SHARE}) of the (?:${HEDGE})?(?<wounded>\\d+)\\s(?:[\\p{L}-]+\\s)?(?:wounded|injured)\\s(?:[\\p{L}]+\\s){0,2}?(?:died|succumbed)(?![\\p{L}])`,
  'u',
);

/**
 * "One of the 11 people wounded died in hospital overnight, raising the toll to six": the wounded,
 * counted in the words that tell some of them dead since, less those who died (the editor counts
 * those among the killed); null where the clause tells no such count. Where it does not say how many
 * died ("as several of the 41 wounded died of their injuries"), the wounded it counted stand whole:
 * no share of them can be taken away.
 */
export function woundedLeftOfCounted(matchText: string): number | null {
  if (/جرحي|مصابين/u.test(matchText)) {
    const ar = countedWoundedAr(matchText);
    if (ar !== null) return ar;
  }
  if (!/wounded|injured/u.test(matchText)) return null;
  const g = OF_COUNTED_WOUNDED.exec(matchText)?.groups;
  if (!g?.died || !g.wounded) return null;
  const left = Number(g.wounded) - (SMALL[g.died] ?? 0);
  return left > 0 ? left : null;
}

/**
 * "أحد الجرحى الأربعة", "اثنين من المصابين الخمسة": the wounded counted by the number that follows
 * them, definite as they are, in the words that tell some of them dead.
 */
const OF_COUNTED_WOUNDED_AR = new RegExp(
  `(?<![\\p{L}])(?<died>${f(['أحد', 'إحدى', 'اثنان', 'اثنين'])})\\s+(?:${f(['من'])}\\s+)?(?:${f(['الجرحى', 'المصابين'])})\\s+${f(['ال'])}(?<wounded>\\p{L}+)(?![\\p{L}])`,
  'u',
);

/**
 * "أحد الجرحى الأربعة توفي فجر اليوم", "بعد وفاة أحد المصابين الثلاثة": as "one of the 11 people
 * wounded died" (above), the wounded counted less the one who died; null where the clause tells no
 * one of them dead.
 */
function countedWoundedAr(matchText: string): number | null {
  const g = OF_COUNTED_WOUNDED_AR.exec(matchText)?.groups;
  const wounded = g?.wounded ? AR_UNITS[g.wounded] : undefined;
  const died = g?.died ? AR_UNITS[g.died] : undefined;
  if (wounded === undefined || died === undefined || diedOfWounds(matchText) !== died) return null;
  return wounded > died ? wounded - died : null;
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

// A wounded count, then "one of them died of his wounds" in the same clause: one of those moves to the dead.
const ONE_OF_THEM = f(['أحدهم', 'أحدهما', 'إحداهن', 'إحداهما']);
const TWO_OF_THEM = f(['اثنان منهم', 'اثنين منهم']);
/**
 * The verb of dying, past or with the lām of what came of it ("وإصابة ثلاثة آخرين، ليفارق أحدهم الحياة":
 * three wounded, of whom one was to die).
 */
const DIED_AR = `(?:${f(['ل', 'ول'])})?(?:${f(['توفي', 'توفيت', 'توفيا', 'فارق', 'فارقت', 'فارقا', 'يفارق', 'تفارق', 'يتوفى', 'تتوفى'])})`;

/**
 * "قبل أن يتوفى أحد الجرحى": one of the wounded named as such, definite — those the clause counted
 * just before.
 */
const ONE_OF_WOUNDED = `(?:${f(['أحد', 'إحدى'])})\\s+(?:${f(['الجرحى', 'المصابين'])})`;

/**
 * "أصيب ثلاثة آخرون، توفي أحدهم فجر اليوم", "وفارق اثنان منهم الحياة", "وإصابة ستة آخرين، قبل أن يتوفى
 * أحد الجرحى", "wounding four, one of whom later died", "one of them died in hospital": that many of
 * the wounded the clause counted died since.
 */
const DIED_SINCE = new RegExp(
  `(?<!${L})(?:${DIED_AR})\\s+(?:(?<one>${ONE_OF_THEM}|${ONE_OF_WOUNDED})|(?<two>${TWO_OF_THEM}))(?!${L})|(?<!${L})(?:(?<en1>one)|(?<en2>two)) of (?:whom|them)\\s+(?:(?:later|has|had|since|also|subsequently)\\s+)?(?:died|succumbed)(?!${L})`,
  'u',
);

/**
 * Where the clause (in matching form) tells some of the wounded it counted dead since ("وإصابة 17
 * آخرين، توفي أحدهم فجر اليوم", "one of whom died on Tuesday"), or -1: a day told after it is the death's.
 */
export const diedSinceAt = (matchText: string): number => matchText.search(DIED_SINCE);

/**
 * "لكنه فارق الحياة", "إلا أنها توفيت", "ثم توفي", "حيث توفي" (where he died: the hospital he was
 * taken to), "قبل أن يفارق الحياة": a link that keeps the subject, then the verb of dying with none
 * of its own: he or she, told wounded just before, died. So does a comma alone ("ما أدى إلى إصابته
 * بطلقتين في الرأس، فارق الحياة على إثرها"): the verb with no subject goes on with the one wounded.
 */
const HE_DIED_AR = `(?:(?<!${L})(?:${f(['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'إلا أنه', 'إلا أنها', 'غير أنه', 'غير أنها', 'ثم', 'حيث', 'قبل أن'])})\\s+|[،,]\\s*[وف]?)(?:${f(['فارق', 'فارقت', 'توفي', 'توفيت', 'يفارق', 'تفارق', 'يتوفى', 'تتوفى'])})`;
/**
 * Dead of his own wounds, or of "them", the wounds just told ("بجروح بليغة، قبل أن يفارق الحياة
 * متأثراً بها"), or as their outcome ("فارق الحياة على إثرها", "توفي على أثرها": of the wounding
 * or the shots just told).
 */
const OF_THOSE_WOUNDS_AR = [
  ...OWN_WOUNDS_AR,
  'متأثرا بها',
  'متأثرة بها',
  'على إثرها',
  'على أثرها',
  'على إثره',
  'على أثره',
  'جراءها',
  'جراءه',
];
/** "who later died of his wounds", "but he succumbed to his injuries": the same in English. */
const HE_DIED_EN = `(?:who|but (?:he|she))\\s+(?:(?:later|has|had|since|then|subsequently)\\s+)?(?:died|succumbed)`;
/**
 * "وإصابة ثالث بجروح بليغة، لكنه فارق الحياة ليلاً متأثراً بجراحه", "wounding a third man, who later
 * died of his wounds": the one wounded, named only by a pronoun, died of those wounds.
 */
const THE_ONE_DIED = new RegExp(
  `(?:${HE_DIED_AR}(?![\\s،,]+\\p{L}+\\s+(?:${f(['الحياة'])}))[^.؛;]*?(?:${f(OF_THOSE_WOUNDS_AR)})|(?<!${L})${HE_DIED_EN}\\s+(?:of|from|to)\\s+(?:his|her)\\s+(?:wounds|injuries))(?!${L})`,
  'u',
);

/**
 * How many of the `wounded` counted before it (at `woundedAt`, in matching form) the clause tells died
 * since, or 0: the editor counts them dead, no longer wounded. A pronoun ("لكنه فارق الحياة") is read
 * only where one was wounded, whom it can only name.
 */
export function woundedSinceDead(matchText: string, woundedAt: number, wounded: number): number {
  const after = matchText.slice(woundedAt);
  const g = DIED_SINCE.exec(after)?.groups;
  if (g) return g.two || g.en2 ? 2 : 1;
  return wounded === 1 && THE_ONE_DIED.test(after) ? 1 : 0;
}

// Victims told as hit "also": more victims of the event just told.
/**
 * "ثلاثة مدنيين من أهالي القرية أصيبوا أيضاً بنيران المهاجمين" (three villagers were also wounded by
 * the attackers' fire), "two passers-by were also killed", "another man … also died of his wounds",
 * "وتوفي أيضاً": victims told as the subject of their own hurt or death, then "also", are hit beyond
 * those the event has (merged only where the clause names no governorate of its own and one kind of
 * casualty: casualties-conflict.ts). Not a blow that "also" killed ("Government shelling also killed
 * three farm workers in a field outside…"): another blow. (The singular "قتل" is as often active,
 * "he killed": it is the victim's only opening the clause, "وقُتل أيضاً مرافقه".)
 */
const ALSO_HIT = new RegExp(
  `(?<!${L})(?:${f(['أصيب', 'أصيبت', 'أصيبوا', 'أصيبا', 'أصيبتا', 'جرحوا', 'قتلوا', 'قتلا', 'استشهد', 'استشهدت', 'استشهدوا', 'استشهدا', 'لقوا', 'توفي', 'توفيت', 'توفيا'])})\\s+${f(['أيضا'])}(?!${L})|^["«“]?\\s*(?:${f(['وقتل', 'وقتلت', 'قتل', 'قتلت', 'وجرح', 'جرح'])})\\s+${f(['أيضا'])}(?!${L})|(?<!${L})(?:was|were|had been|have been|has been)\\s+also\\s+(?:killed|wounded|injured|hurt)(?!${L})|(?<!${L})also\\s+(?:died|succumbed)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells victims hit "also". */
export function alsoHit(matchText: string): boolean {
  return /ايضا|also/u.test(matchText) && ALSO_HIT.test(matchText);
}

const ORDINAL_ONE = new RegExp(
  `(?<![\\p{L}])(?:a|the)\\s(?<n>${Object.keys(EN_ORDINALS).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * The rank of the one who died, where the clause gives it ("A third, wounded in the attack, died in
 * hospital"), else null: after "killing three" and "two died at the scene", the third is one of the
 * three; after "killing three", "a fourth man, wounded in the same raid, died" is one more.
 */
export function rankOfDead(matchText: string): number | null {
  const word = ORDINAL_ONE.exec(matchText)?.groups?.n;
  return word ? (EN_ORDINALS[word] ?? null) : null;
}
