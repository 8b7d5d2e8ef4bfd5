import type { IncidentEvent } from '../../content/schema.js';
import { CUES } from './event-cues.js';
import { eventCues } from './event-type-cues.js';
import type { NumberMention } from '../reading/types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { mayMatch } from '../reading/literal-screen.js';
import { isSunstroke } from './sunstroke.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

const CUE_TABLE = eventCues();
/** Words for the weapons of an event: a number before them counts weapons, not events. */
const WEAPONS = new RegExp(
  `^(?:[وفبل]{0,2})(?:${['قذائف', 'قذيفتي', 'قذيفتين', 'قذيفتان', 'صواريخ', 'صاروخين', 'صاروخان', 'مسيرات', 'مسيرتين', 'مسيرتان', 'عبوات', 'عبوتين', 'عبوتان'].map(normalizeForMatch).join('|')}|drones|rockets|missiles|shells|mortars|mortar rounds|bombs)$`,
  'u',
);
/**
 * "القوات دمرت أيضاً 3 عجلات مفخخة قبل وصولها", "troops defused two roadside bombs": weapons destroyed,
 * defused or seized before use did not go off; they name no event of their own. So is each item of a
 * list the verb governs ("ضبطت أربعة أحزمة ناسفة و12 عبوة ناسفة", "seized two belts and six bombs").
 * So are weapons found, or held in a place ("عثرت على صواريخ", "مضافة تحتوي على عبوات", "farmers
 * still find mortar rounds in their fields", "a cache containing rockets"): lying there, not fired.
 */
const HANDLED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${['دمرت', 'دمر', 'تدمير', 'فككت', 'فكك', 'تفكيك', 'ضبطت', 'ضبط', 'أبطلت', 'إبطال', 'عثرت', 'عثر', 'العثور', 'تحتوي', 'يحتوي', 'تحوي', 'يحوي'].map(normalizeForMatch).join('|')}|destroyed|defused|dismantled|seized|find|finds|found|discovered|uncovered|containing|contained)(?:\\s+[^\\s.،,]+){0,4}(?:\\s+(?:and\\s+|${normalizeForMatch('و')})[^\\s.،,]+(?:\\s+[^\\s.،,]+){0,3})*\\s*$`,
  'u',
);
/**
 * "قرب ساحة الاعتصام", "في ساحة التظاهر", "near the protest square": a place named for the protests
 * held there; its name is not what happened at it.
 */
const PROTEST_PLACE_BEFORE = new RegExp(
  `(?<![\\p{L}])[وفبل]?(?:ال)?(?:${['ساحة', 'ساحات', 'خيمة', 'خيم', 'مخيم', 'ميدان'].map(normalizeForMatch).join('|')})\\s*$`,
  'u',
);
const PROTEST_PLACE_AFTER = /^\s*(?:square|camp|site|tents?)(?![\p{L}])/u;
/**
 * "خط فض الاشتباك", "قوات فض الاشتباك" (the disengagement line and force in the Golan), "اتفاق فض
 * الاشتباك": the clash its name keeps apart, not one fought.
 */
const DISENGAGEMENT_BEFORE = new RegExp(`(?<![\\p{L}])${normalizeForMatch('فض')}\\s+$`, 'u');

/**
 * "18 Turkish drone strikes", "52 Iraqi raids": English puts whose they were between the count and
 * the events (Arabic after them, "18 غارة تركية"): they are counted all the same.
 */
const SIDE_BETWEEN = /^\s+[\p{L}]+(?:ish|ian|ese|i)\s+$/iu;

/** A toll's verb right after the event word: "strikes killed", "the blast wounded". */
const TOLL_VERB_AFTER = /^\s+(?:(?:have|has|had)\s+)?(?:killed|wounded|injured)(?![\p{L}])/u;

/**
 * "بدأ الهجوم بتفجير ثلاث عربات مفخخة عند السور، تلتها اشتباكات عنيفة بين الطرفين", "a suicide car
 * bomb hit the gate, followed by fierce clashes": blasts that opened an assault the fight then
 * carried on; the fight is the event, its blasts only how it began.
 */
const THEN_CLASHES = new RegExp(
  `(?<![\\p{L}])(?:${['تلتها', 'تلاها', 'تلته', 'أعقبتها', 'أعقبها', 'أعقبته', 'تبعتها', 'تبعها', 'تبعته'].map(normalizeForMatch).join('|')})\\s+(?:${FIGHT_NOUNS_AR.map(normalizeForMatch).join('|')})(?![\\p{L}])|(?<![\\p{L}])followed by (?:heavy |fierce |intense |violent )?${FIGHT_NOUNS_EN}(?![\\p{L}])`,
  'u',
);

/**
 * The most specific event type named; `counted` when every event word is counted by a number or
 * a quantifier ("27 هجوماً", "عدة هجمات", "several attacks") or is a bare plural: a statistic.
 */
export function classifyEvent(
  text: string,
  numbers: readonly NumberMention[],
  skip: IncidentEvent['type'] | null = null,
): { event: IncidentEvent | null; counted: boolean } {
  const quantifiers = [...text.matchAll(CUES.quantifier)].map((m) => m.index + m[0].length);
  let first: IncidentEvent | null = null;
  let uncounted: IncidentEvent | null = null;
  /** A bare plural ("in air strikes") no number or quantifier counts. */
  let barePlural: IncidentEvent | null = null;
  /** The event word a toll's verb follows ("air strikes killed…"): what did the killing. */
  let subject: IncidentEvent | null = null;
  for (const cue of CUE_TABLE) {
    if (cue.type === skip) continue;
    if (cue.requires && !cue.requires.some((w) => text.includes(w))) continue;
    if (!mayMatch(cue.pattern, text)) continue;
    for (const m of text.matchAll(cue.pattern)) {
      const before = m.index;
      if (
        cue.type === 'explosions_remote_violence' &&
        HANDLED_BEFORE.test(text.slice(Math.max(0, before - 64), before))
      )
        continue;
      if (
        cue.type === 'protests' &&
        (PROTEST_PLACE_BEFORE.test(text.slice(Math.max(0, before - 16), before)) ||
          PROTEST_PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      )
        continue;
      if (cue.type === 'battles' && DISENGAGEMENT_BEFORE.test(text.slice(Math.max(0, before - 8), before)))
        continue;
      // "بضربة شمس": sunstroke, no strike (sunstroke.ts)
      if (
        cue.type === 'explosions_remote_violence' &&
        isSunstroke(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      )
        continue;
      // "two drones targeted", "ثلاث قذائف سقطت": the weapons of one event are counted, not events
      const byCount =
        !WEAPONS.test(m[0]) &&
        (numbers.some(
          (n) => n.end <= before && (before - n.end <= 2 || SIDE_BETWEEN.test(text.slice(n.end, before))),
        ) ||
          quantifiers.some((q) => q <= before && before - q <= 2));
      first ??= { type: cue.type, subType: cue.subType };
      if (!byCount && TOLL_VERB_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
        subject ??= { type: cue.type, subType: cue.subType };
      if (cue.plural && !byCount) barePlural ??= { type: cue.type, subType: cue.subType };
      if (!cue.plural && !byCount) uncounted ??= { type: cue.type, subType: cue.subType };
    }
  }
  // "killed 11 militants in air strikes": the kind is the strikes', the verb only says someone died
  const generic = uncounted?.type === 'violence_against_civilians' && uncounted.subType === 'attack';
  if (generic && barePlural && barePlural.subType !== 'attack') return { event: barePlural, counted: false };
  // "air strikes killed 12 civilians … as government forces pressed an offensive": what killed names
  // the event; the fighting it came amid is its setting
  if (subject && subject.subType !== 'attack' && uncounted?.type === 'battles' && subject.type !== 'battles')
    return { event: subject, counted: false };
  if (uncounted?.type === 'explosions_remote_violence' && THEN_CLASHES.test(text))
    return { event: { type: 'battles', subType: 'armed_clash' }, counted: false };
  return { event: uncounted ?? first, counted: uncounted === null };
}
