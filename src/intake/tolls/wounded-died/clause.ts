// The death of one already counted among the wounded, as a clause tells it: who moves from the
// wounded to the dead, and which of its days is the blow's and which the death's.
import { normalizeForMatch } from '../../../text/normalize.js';
import type { Casualties } from '../../casualties/casualties.js';
import { ATTACKERS, THE_OTHER_AR } from '../../casualties/casualty-words.js';
import type { ClauseFacts } from '../../incidents/clause-facts.js';
import { CUES } from '../../events/event-cues.js';
import { risenToAt } from '../toll-update.js';
import type { DateMention } from '../../reading/types.js';
import { L, anyOf as f } from '../../reading/word-pattern.js';
import { OWN_WOUNDS_AR, diedOfWoundsAt, diedOfWoundsSpan, diedSinceAt, diesOfWounds } from './phrases.js';

// "وأضاف أن النجل فارق الحياة بعد ساعات متأثراً بجراحه", "his son later died of his wounds": one of
// the wounded just counted, named again by the noun the story gave him, dead since.
/** A few words between the death and its cause: "بعد ساعات في مستشفى الصدر", "hours later in hospital". */
const GAP_AR = '(?:[^\\s،,.]+\\s+){0,6}?';
const GAP_EN = '(?:[^\\s,.;]+\\s+){0,6}?';

/**
 * A definite person (ال…) who died of their own wounds, before or after the verb: "أن النجل فارق
 * الحياة … متأثراً بجراحه", "وتوفي الحارس متأثراً بجروحه". The definite noun is someone the story told
 * of already ("وإصابة نجله وحارسه"); an indefinite one ("وتوفي طفل متأثراً بجراحه") may be another.
 */
const DEFINITE_DIED_AR = new RegExp(
  `(?<![\\p{L}])(?:(?<before>${f(['ال'])}\\p{L}+)\\s+(?:${f(['فارق الحياة', 'فارقت الحياة', 'توفي', 'توفيت'])})|و?(?:${f(['توفي', 'توفيت', 'فارق', 'فارقت'])})\\s+(?<after>${f(['ال'])}\\p{L}+)(?:\\s+${f(['الحياة'])})?)\\s+${GAP_AR}(?:${f(OWN_WOUNDS_AR)})(?![\\p{L}])`,
  'u',
);

/** "the son died of his wounds", "his bodyguard later succumbed to his injuries": one person, named before. */
const DEFINITE_DIED_EN = new RegExp(
  `(?<![\\p{L}])(?:the|his|her|their)\\s+(?<noun>[\\p{L}-]+)\\s+${GAP_EN}(?:died (?:of|from)|succumbed to) (?:his|her) (?:wounds|injuries)(?![\\p{L}])`,
  'u',
);

/** Nouns that name no one of the victims: the other of a pair counted, an attacker, life itself. */
const NOT_THE_WOUNDED = new Set([...THE_OTHER_AR, ...ATTACKERS, 'other', normalizeForMatch('الحياة')]);

/**
 * Whether the clause (in matching form) tells one person told of before, by a definite noun, dead of
 * their wounds since, and counts no one else: one of the wounded just told, now among the dead.
 */
export function toldOneDied(matchText: string, casualties: Casualties): boolean {
  if (casualties.wounded !== null || casualties.attackersKilled !== null) return false;
  if (casualties.killed !== null && casualties.killed !== 1) return false;
  if (!/wounds|injuries|متاثر/u.test(matchText)) return false;
  const g = (DEFINITE_DIED_AR.exec(matchText) ?? DEFINITE_DIED_EN.exec(matchText))?.groups;
  const noun = g?.before ?? g?.after ?? g?.noun;
  return noun !== undefined && !NOT_THE_WOUNDED.has(noun);
}

// One person told wounded and then dead of those wounds, in one clause: killed, not wounded.
/** Dead of his or her own wounds, in either language. */
const DIED_OF_OWN_WOUNDS = new RegExp(
  `(?<!${L})(?:${f(OWN_WOUNDS_AR)}|died (?:of|from) (?:his|her) (?:wounds|injuries)|succumbed to (?:his|her) (?:wounds|injuries))(?!${L})`,
  'u',
);

/** Who was with the victim or of his kin, by a possessive: "مرافقه", "شقيقها", "his bodyguard". */
const HIS_AR = [
  'مرافق',
  'حارس',
  'سائق',
  'شقيق',
  'نجل',
  'ابن',
  'صديق',
  'رفيق',
  'زميل',
  'زوج',
  'والد',
  'حفيد',
].flatMap((noun) => [`${noun}ه`, `${noun}ها`]);
const HIS_EN = `(?:his|her) (?:bodyguard|guard|driver|companion|friend|colleague|brother|son|nephew|cousin|wife|father)`;

/**
 * The one wounded, then dead, is named as someone of the victim's: "بأن مرافقه أصيب بجروح بليغة…",
 * "وإصابة شقيقه بجروح", "his bodyguard, who was wounded,", "wounding his driver": another than the
 * victim told, so one more dead.
 */
const SOMEONE_OF_HIS_HIT = new RegExp(
  `(?<!${L})(?:(?:${f(HIS_AR)})\\s+(?:[^\\s،,.]+\\s+)?${f(['أصيب', 'أصيبت'])}|${f(['إصابة', 'وإصابة'])}\\s+(?:${f(HIS_AR)})|${HIS_EN}(?:,)?\\s+(?:who\\s+)?(?:was|had been)\\s+(?:wounded|injured)|(?:wounding|injuring)\\s+${HIS_EN})(?!${L})`,
  'u',
);

/** Someone of the victim's closing the text before a clause, its subject: "وأفاد أن مرافقه،". */
const SOMEONE_OF_HIS_LAST = new RegExp(`(?<!${L})(?:${f(HIS_AR)}|${HIS_EN})[\\s،,]*$`, 'u');
/** Someone of the victim's opening the clause, its subject: "His brother Omar, who was with him, was hit". */
const SOMEONE_OF_HIS_FIRST = new RegExp(`^\\s*(?:${HIS_EN})(?!${L})`, 'u');

/** One wounded, by the verb in the singular: "أصيب بجروح خطرة", "was badly wounded", "was hit". */
const ONE_WOUNDED = new RegExp(
  `(?<!${L})(?:${f(['أصيب', 'وأصيب', 'أصيبت', 'وأصيبت'])}|(?:was|had been)\\s+(?:\\p{L}+ly\\s+)?(?:wounded|injured|hit|shot))(?!${L})`,
  'u',
);

/**
 * "His brother, who was with him, was hit in the chest and died in hospital on Sunday", "a guard was
 * shot and later died": one told hit by a verb in the singular, then dead by a verb sharing its subject
 * ("and died"), dead of that wound with no "of his wounds" said.
 */
const HIT_AND_DIED_EN = new RegExp(
  `(?<!${L})(?:was|had been)\\s+(?:\\p{L}+ly\\s+)?(?:wounded|injured|hit|shot)(?:\\s+[^\\s,.;]+){0,6}?\\s+and\\s+(?:(?:later|then|subsequently)\\s+)?(?<died>died|succumbed)(?!${L})`,
  'u',
);

/** Where the clause (in matching form) tells one hit, then dead by "and died", else -1. */
export function hitAndDiedAt(matchText: string): number {
  const m = HIT_AND_DIED_EN.exec(matchText);
  return m?.groups?.died ? m.index + m[0].length - m.groups.died.length : -1;
}

/** Where the clause (in matching form) tells one dead of his own wounds after telling him wounded, else -1. */
function woundedThenDeadAt(matchText: string): number {
  const death = matchText.search(DIED_OF_OWN_WOUNDS);
  if (death >= 0 && matchText.slice(0, death).search(CUES.wounded) >= 0) return death;
  return hitAndDiedAt(matchText);
}

/**
 * The clause counts one dead, told wounded and then dead of those wounds, with no day of its own
 * ("وأفاد مصدر طبي بأن السائق أصيب بشظايا … قبل أن يفارق الحياة صباح اليوم متأثراً بجراحه"): after
 * an event of wounded only, one of those wounded, now its first dead.
 */
export function oneWoundedThenDead(facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  return killed === 1 && wounded === null && !facts.eventDate && woundedThenDeadAt(facts.matchText) >= 0;
}

/**
 * "…ما أدى إلى مقتله على الفور، وإصابة شقيقه بجروح بليغة نُقل على إثرها إلى المشفى حيث فارق الحياة
 * متأثراً بجراحه", "killing the driver and wounding his son, who died of his wounds in hospital": the
 * one wounded the clause counts, dead of those wounds in the same clause, is one killed and no wounded,
 * dead since (whether he is one more than the dead told before: diedBeyondTold). Null where the clause
 * tells no such death.
 */
export function diedWhereWounded(matchText: string, casualties: Casualties): Casualties | null {
  if (casualties.killed !== null || casualties.attackersKilled !== null) return null;
  const death = woundedThenDeadAt(matchText);
  if (death < 0) return null;
  // (or no count, the one wounded told by a verb in the singular, his subject in the clause before:
  // "أن مرافقه، ويدعى …، أصيب بجروح خطرة، قبل أن يفارق الحياة … متأثراً بجراحه")
  const one =
    casualties.wounded === 1 || (casualties.wounded === null && ONE_WOUNDED.test(matchText.slice(0, death)));
  if (!one) return null;
  return { ...casualties, killed: 1, wounded: null, diedSince: 1 };
}

/**
 * The one told wounded, then dead, is another than the dead told before him: the text before the
 * clause in its sentence told a killing ("قُتل راعيان …، وأصيب ثالث …، ثم فارق الحياة"), or he is
 * named as someone of the victim's ("بأن مرافقه أصيب … قبل أن يفارق الحياة", "His brother … was
 * hit"), in the clause (in matching form) or closing the text before it.
 */
function anotherThanToldDead(matchText: string, before: string): boolean {
  const told = normalizeForMatch(before);
  return (
    told.search(CUES.killed) >= 0 ||
    SOMEONE_OF_HIS_HIT.test(matchText) ||
    SOMEONE_OF_HIS_LAST.test(told) ||
    SOMEONE_OF_HIS_FIRST.test(matchText)
  );
}

/**
 * The clause's dead are all victims it told wounded first, then dead since ("وأصيب ثالث بجروح
 * خطيرة، ثم فارق الحياة متأثراً بإصابته"), and they are others than the dead told before them: more
 * dead of the event just told, not its dead told again.
 */
export const diedBeyondTold = (matchText: string, casualties: Casualties, before: string): boolean =>
  !!casualties.diedSince &&
  casualties.killed === casualties.diedSince &&
  anotherThanToldDead(matchText, before);

// The day a wounded victim died is not the day of the attack that wounded them.
/**
 * One of the wounded told as dead since by a relative clause: "وإصابة أربعة، بينهم محمد الذي فارق
 * الحياة اليوم", "four were wounded, among them a boy who died on Thursday".
 */
const WHO_DIED = new RegExp(
  `(?<!${L})(?:${f(['الذي', 'التي', 'الذين', 'اللذين'])})\\s+(?:${f(['فارق', 'فارقت', 'فارقوا', 'توفي', 'توفيت', 'توفوا'])})(?!${L})|(?<!${L})who\\s+(?:later\\s+)?died(?!${L})`,
  'u',
);

/**
 * The verb of dying a few words before "متأثراً بجراحه" / "of his wounds", with nothing but words
 * between (a day, a place, who died): "قبل أن يفارق الحياة فجر اليوم متأثراً بجراحه", "توفي، اليوم،
 * منتسب … متأثراً بجروح", "died early on Monday of his wounds"; or its noun, where a toll rose "بعد وفاة
 * أحد الجرحى صباح اليوم متأثراً بجراحه" (the morning is the death's, not the attack's). The death is
 * told from the verb: a day between it and its cause is the death's.
 */
const DYING_VERB_BEFORE = new RegExp(
  `(?<!${L})(?:${f(['يفارق', 'تفارق', 'فارق', 'فارقت', 'توفي', 'توفيت', 'يتوفى', 'تتوفى', 'وفاة'])}|died|succumbed)(?!${L})(?:[\\s،,]+[^\\s،,.؛;]+){0,8}[\\s،,]+$`,
  'u',
);

/** Where the clause (in matching form) tells a death of wounds, by its phrase or a relative clause. */
function deathAt(matchText: string): number {
  const phrase = diedOfWoundsAt(matchText);
  // (or by the one of those counted who died: "وإصابة 17 آخرين، توفي أحدهم فجر اليوم")
  if (phrase < 0) {
    const told = [matchText.search(WHO_DIED), diedSinceAt(matchText), hitAndDiedAt(matchText)].filter(
      (at) => at >= 0,
    );
    return told.length > 0 ? Math.min(...told) : -1;
  }
  const verb = matchText.slice(0, phrase).search(DYING_VERB_BEFORE);
  return verb >= 0 ? verb : phrase;
}

/**
 * "توفي، اليوم الأربعاء، منتسب … متأثراً بجروح أصيب بها في الهجوم …، يوم الاثنين الماضي": the wounding
 * told after the cause of death, with a day of its own; the days between the verb of dying (at
 * `death`) and its cause are the death's, the others the blow's. Null where the clause is not so told.
 */
function blowDaysAfterDeath(
  matchText: string,
  death: number,
  dates: readonly DateMention[],
): DateMention[] | null {
  const cause = diedOfWoundsAt(matchText);
  if (cause <= death) return null;
  const blow = dates.filter((d) => d.start < death || d.start > cause);
  if (blow.length === 0 || blow.length === dates.length) return null;
  return [...matchText.matchAll(CUES.wounded)].some((m) => m.index > cause) ? blow : null;
}

/**
 * The dates a clause gives for its event, less those told after a wounding and its victim's death of
 * those wounds: in "وإصابة شابين بجروح، قبل أن يفارق أحدهما الحياة متأثرا بجراحه فجر اليوم" and "two
 * were wounded, and one of them died of his wounds on Tuesday" the day is the death's, and the wounding
 * is the event told before (a day told before the death stays: untilDeath makes it a span).
 */
export function withoutDeathDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  if (dates.length === 0) return [];
  const death = deathAt(matchText);
  if (death < 0) return [...dates];
  const blow = blowDaysAfterDeath(matchText, death, dates);
  if (blow) return blow;
  // (or the wounded named as such: "إلى 11 قتيلاً بعد وفاة ثلاثة من الجرحى متأثرين بجراحهم صباح
  // اليوم", "rose to 11 after three of the wounded died of their wounds on Sunday": the deaths' day)
  // (or a toll told risen before the death: "ارتفع عدد الضحايا إلى ثلاثة، بعد وفاة الطفل متأثراً
  // بجراحه صباح اليوم", "the toll rose to three after a boy died of his wounds on Thursday")
  const wounding =
    [CUES.wounded, CUES.woundedNoun].some((cue) =>
      [...matchText.matchAll(cue)].some((m) => m.index < death),
    ) ||
    risenToAt(matchText).some((at) => at < death) ||
    hitAndDiedAt(matchText) === death;
  if (!wounding || dates.some((d) => d.start < death)) return [...dates];
  return dates.filter((d) => d.start < death);
}

/**
 * The clause tells victims wounded and then dead of those wounds ("وإصابة اثنين بجروح، قبل أن يفارق
 * أحدهما الحياة متأثرا بجراحه", "two were wounded; one of them later died of his wounds"), with no day
 * of its own: the toll of the event just told, as it changed, not another event's (the caller checks
 * the place: a hospital in the same governorate is no place of its own).
 */
export function woundedThenDied(matchText: string, facts: ClauseFacts): boolean {
  if (facts.eventDate || facts.casualties.wounded === null) return false;
  const death = diedOfWoundsAt(matchText);
  return death >= 0 && [...matchText.matchAll(CUES.wounded)].some((m) => m.index < death);
}

// The day one of the wounded died is the death's, not the day of the blow that wounded them.
/**
 * The dates a clause gives for its event, less the day some of the wounded died, told between the
 * verb of dying and the wounded: in "توفي، اليوم الثلاثاء، أحد جرحى التفجير الذي استهدف حافلة…" (one
 * of the wounded of the bombing died today) the day is the death's, and the blow is the event told
 * elsewhere (a day told of the blow after the wounded, "أحد جرحى تفجير يوم الأحد", stays the event's).
 */
export function withoutDeathOfWoundedDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const death = diedOfWoundsSpan(matchText);
  if (!death) return [...dates];
  return dates.filter((d) => !(d.start >= death.start && d.start < death.end));
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
