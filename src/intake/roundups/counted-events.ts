// "carried out 15 operations against the group in January, killing eight": a tally, not one event.
import { normalizeForMatch } from '../../text/normalize.js';
import { CLAUSE_HEAD, L } from '../reading/word-pattern.js';

/** A count of three or more, one describing word allowed before its noun: "15 operations", "12 ground raids". */
const THREE_OR_MORE = '(?<![\\p{L}\\p{N}.,])(?:[3-9]|[1-9]\\d+)\\s+(?:[\\p{L}-]+\\s+)?';
const EVENTS_EN = 'operations|raids|strikes|airstrikes|attacks|missions|sorties|ambushes';
/** The dead that follow the events counted ("…, killing eight"; not "killing of", which names one). */
const KILLING_EN = `killing(?!\\s+of(?!${L}))|killed|leaving`;

/** The same events counted in Arabic ("14 عملية", "40 هجوماً"). */
const EVENTS_AR = [
  'عملية',
  'عمليات',
  'هجوما',
  'هجوم',
  'هجمات',
  'غارة',
  'غارات',
  'اعتداء',
  'اعتداءات',
  'تفجيرا',
  'تفجيرات',
]
  .map(normalizeForMatch)
  .join('|');
/** The dead that follow them ("…، أسفرت عن مقتل 25", "ما أدى إلى…", "قتل فيها…"). */
const KILLING_AR = ['أسفرت', 'أدت', 'ما أدى', 'راح ضحيتها', 'قتل', 'مقتل'].map(normalizeForMatch).join('|');

/**
 * Events counted by a number of three or more, one describing word allowed before the noun ("15
 * operations", "12 ground raids", "14 عملية"), that the dead then follow ("…, killing eight", "…
 * أسفرت عن قتل واعتقال 22"): the toll is theirs. ("several attacks … and the killing of two council
 * members last month" tells one killing among them.)
 */
const COUNTED_EVENTS = new RegExp(
  `${THREE_OR_MORE}(?:${EVENTS_EN})(?!${L})[^.;]*?(?<!${L})(?:${KILLING_EN})(?!${L})|${THREE_OR_MORE}(?:${EVENTS_AR})(?!${L})[^.;؛]*?(?<!${L})(?:${KILLING_AR})(?!${L})`,
  'u',
);

/** Days a date must span for events counted in it to be a tally of the span (a week, a month). */
const SPAN_DAYS = 6;

/**
 * The clause counts the events it tells over a span of a week or more ("15 operations … in January,
 * killing eight members and detaining 25"): the dead are the tally of many events, summed, as a
 * statement's monthly review gives them, not one incident. (Two strikes on one village in a night
 * are one event: only three or more, and only over a span, make a tally.)
 */
export function eventsTalliedOverSpan(date: { from: string; to: string }, matchText: string): boolean {
  const days = (Date.parse(date.to) - Date.parse(date.from)) / 86_400_000;
  return days >= SPAN_DAYS && COUNTED_EVENTS.test(matchText);
}

/**
 * Events counted from a starting point ("recorded more than 600 attacks in Deraa since the
 * government regained control of the south, killing at least 420", "سجل 40 هجوماً منذ سيطرة القوات
 * على المنطقة، أسفرت عن مقتل 25"): a running tally whatever that point is, an event ("since the
 * government regained control") as much as a date the span rule reads.
 */
const COUNTED_SINCE = new RegExp(
  `${THREE_OR_MORE}(?:${EVENTS_EN}|bombings|assassinations|${EVENTS_AR})(?!${L})[^.;؛]*?(?<!${L})(?:since|${normalizeForMatch('منذ')})(?!${L})[^.;؛]*?(?<!${L})(?:${KILLING_EN}|${KILLING_AR})(?!${L})`,
  'u',
);

/** The clause (in matching form) tallies the events it counts since a starting point. */
export function eventsTalliedSince(matchText: string): boolean {
  return COUNTED_SINCE.test(matchText);
}

/** Events counted by a number of three or more, whatever follows ("responded to 1,232 attacks", "نفذت 34 ضربة"). */
const COUNTS_EVENTS = new RegExp(`${THREE_OR_MORE}(?:${EVENTS_EN}|${EVENTS_AR})(?!${L})`, 'u');

/**
 * A clause that opens on those events again by their definite plural as the doer ("The attacks
 * killed 161 people", "These strikes wounded 40", "وأسفرت الهجمات عن مقتل…", "وقتلت هذه الغارات…").
 */
const THE_EVENTS_AGAIN = new RegExp(
  `${CLAUSE_HEAD}(?:the|these|those)\\s+(?:${EVENTS_EN})\\s+(?:have\\s+|had\\s+)?(?:killed|wounded|injured|left)(?!${L})|${CLAUSE_HEAD}(?:${['و', ''].map((w) => normalizeForMatch(w)).join('|')})(?:${['أسفرت', 'أدت', 'قتلت', 'خلفت'].map(normalizeForMatch).join('|')})\\s+(?:(?:${['هذه', 'تلك'].map(normalizeForMatch).join('|')})\\s+)?(?:${['الهجمات', 'الغارات', 'الضربات', 'العمليات', 'التفجيرات'].map(normalizeForMatch).join('|')})(?!${L})`,
  'u',
);

/**
 * The same, as the subject of what a speaker said, the verb after it and perhaps a relative clause
 * between: "وقال المدير إن "العمليات، التي نفذت بالتنسيق مع …، أسفرت عن قتل 11"", "he said the
 * raids, carried out with air support, killed 11".
 */
const THE_EVENTS_SAID = new RegExp(
  `(?<!${L})(?:${['إن', 'ان'].map(normalizeForMatch).join('|')})\\s+["«“]?(?:(?:${['هذه', 'تلك'].map(normalizeForMatch).join('|')})\\s+)?(?:${['الهجمات', 'الغارات', 'الضربات', 'العمليات', 'التفجيرات'].map(normalizeForMatch).join('|')})(?!${L})[^.؛]*?(?<!${L})(?:${['أسفرت', 'أدت', 'قتلت', 'خلفت'].map(normalizeForMatch).join('|')})(?!${L})|(?<!${L})(?:said|that)\\s+["“]?(?:the|these|those)\\s+(?:${EVENTS_EN})(?!${L})[^.;]*?(?<!${L})(?:killed|wounded|injured|left)(?!${L})`,
  'u',
);

/**
 * "…its teams responded to 1,232 attacks in 2023. The attacks killed 161 people", "…carried out 47
 * operations. The director said the operations, carried out with the tribal forces, killed 11": the
 * dead of events the sentence before counted (three or more), told by their definite plural: the
 * tally's toll, not one event's (`before`: the sentence before, in matching form).
 */
export function tollOfEventsCountedBefore(before: string, matchText: string): boolean {
  return (THE_EVENTS_AGAIN.test(matchText) || THE_EVENTS_SAID.test(matchText)) && COUNTS_EVENTS.test(before);
}
