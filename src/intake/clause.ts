import type { IncidentEvent, Language } from '../content/schema.js';
import type { ResolvedPlace } from '../places/types.js';
import { actorRoles, findActorMentions, type ActorId } from './actors.js';
import { findCasualties, type Casualties } from './casualties.js';
import { markReportingDates } from './date-roles.js';
import type { DateValue } from './date-values.js';
import { findDates } from './dates.js';
import { CUES, eventCues } from './event-cues.js';
import { findNumbers } from './numbers.js';
import type { DateMention, NumberMention } from './types.js';
import { casualtyNotes } from './casualty-notes.js';
import type { Check } from './checks.js';
import { matchView } from './view.js';
import { normalizeForMatch } from '../text/normalize.js';
import { L, anyOf } from './word-pattern.js';
import { tellsNoViolentEvent } from './non-events.js';
import { boastsToll } from './claims.js';
import { periodTotal, withoutSuperlative } from './period-totals.js';
import { comesAfter } from './earlier-events.js';
import { withoutTellerPlaces } from './source-place.js';
import { withoutCarePlaces } from './care-place.js';
import { receivedBodies, risenToll, withLivesTaken } from './toll-update.js';
import { diesOfWounds } from './died-of-wounds.js';
import { beforeCause } from './event-cause.js';
import { tellsFuneral } from './told-date.js';

/** Nothing but a preposition before a clause's date: "On Tuesday, …", "وفي يوم الخميس، …", "Late Sunday, …". */
const OPENING = /^\s*(?:on|late|early|وفي|في|و?يوم|و?مساء|و?صباح|و?فجر)?\s*$/u;

export type PlaceResolver = (text: string, lang: Language) => ResolvedPlace | null;

/** What one clause says about a possible incident. */
export interface ClauseFacts {
  text: string;
  /** The clause in matching form (view.ts), for rules that read it again. */
  matchText: string;
  dates: DateMention[];
  /** The first date of the event itself (not when it was reported, not an aggregate's span). */
  eventDate: DateMention | null;
  reportingDate: DateMention | null;
  place: ResolvedPlace | null;
  casualties: Casualties;
  event: IncidentEvent | null;
  /** Opens with its event's date ("On Tuesday, …", "وفي يوم الخميس، …"): a roundup's next item. */
  opensWithDate: boolean;
  /** A word in the clause names what happened (else `event` is the attack its casualties imply). */
  eventNamed: boolean;
  /** It names an event (a cue word that is not a count of events) or gives casualties. */
  reportsEvent: boolean;
  actors: ActorId[];
  /** Who or what was attacked, where the clause names an armed actor as the victim. */
  targets: ActorId[];
  /** Actors the article only suspects. */
  suspected: ActorId[];
  /** Opens with "وأنهم", "and that they": its doer is the one told just before. */
  continues: boolean;
  denied: boolean;
  aggregate: boolean;
  /** Tells of a mass grave or exhumed remains: victims of long ago, found now. */
  remains: boolean;
  /** Opens with "وفي حادث منفصل", "Separately", "كما"…: a new event. */
  separate: boolean;
  /** Points at the event told before ("خلال الاشتباك", "in the attack"): more of it, not another. */
  refersBack: boolean;
  /** Counts its event as a second one ("هجوم آخر", "نقطة ثانية", "another attack"): not one told before. */
  another: boolean;
  /** Unsplit or approximate casualty figures, for the editor. */
  notes: Check[];
  /** Its casualties are others than those told before ("wounding four other soldiers", "وإصابة ثلاثة آخرين"). */
  additional: boolean;
  /** Tells only a toll ("SOHR put the death toll at eight", "وبلغت الحصيلة"), naming no event of its own. */
  tollOnly: boolean;
  /** Tells what came after the event just told ("عقب الهجوم", "after the attack", "in retaliation"). */
  follows: boolean;
  /** Tells its event as like the one before ("بقصف مماثل", "a similar attack"): by the same hand, unless named. */
  similar: boolean;
  /** The toll of the event just told has risen ("لترتفع حصيلة الهجوم إلى قتيلين", "the death toll rose to 14"): its figures, told after "to". */
  risenTo: Casualties | null;
  /** The dead added had been among the wounded ("متأثرا بجراحه", "died of his wounds"). */
  diedOfWounds: boolean;
  /** Tells its casualties as another source's words ("a source told AFP that…", "وقال مصدر إن…"). */
  sourced: boolean;
  /** Its dead are armed men: "killed three militants", "مقتل خمسة إرهابيين". */
  armedDead: boolean;
  /** Tells of chasing the event's attackers ("طاردت المهاجمين", "police chased the gunmen"). */
  pursues: boolean;
  /** A group claims the event just told ("وتبنى تنظيم داعش الهجوم", "IS claimed responsibility"): its doer. */
  claims: boolean;
}

const CUE_TABLE = eventCues();
/** "ويأتي ذلك بعد…", "وجاء القصف بعد…", "The attack came a day after…": what follows is an earlier, other event. */
const COMES_AFTER =
  /^["«“]?\s*(?:و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت)\s+(?:ذلك|هذا|الحادث|الهجوم|القصف|التفجير)\s+بعد|(?:this|it|the \w+) (?:comes|came) (?:\w+ )?(?:days? |hours? )?after)\s/u;
/**
 * "The incidents came as…", "يأتي ذلك في وقت…": the background of the news, not another event; so is
 * how the fighting began, told in the pluperfect ("وكانت المواجهات قد اندلعت عقب…", "The clashes had
 * erupted after…").
 */
const CONTEXT =
  /^["«“]?\s*(?:و?كانت (?:المواجهات|الاشتباكات|المعارك) قد (?:اندلعت|بدات|انطلقت)|the (?:clashes|fighting) had (?:erupted|broken out|begun|started)|the (?:incidents?|attacks?|blasts?|bombings?|violence|shelling|strikes?|airstrikes?|explosions?|ambush|clashes) (?:came|comes|come) (?:as|amid|while|at a time|(?:[\p{L}\d-]+ ){0,3}(?:after|before))|(?:no (?:group|one|party) (?:has |had )?(?:yet )?claimed|there was no (?:immediate )?claim)|و?لم (?:تتبن|يتبن|تعلن (?:اي|ايه) جهه|يعلن احد)|و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت) (?:ذلك|هذا|الهجوم|الحادث) (?:في وقت|وسط|فيما|مع|في ظل))/u;
/** "Later, a medical source said the toll had risen to three": a time word, no other event, before a toll's update. */
const LATER_OPENING = /^["«“]?\s*later(?![\p{L}])/u;
/** The wounded already counted, told as they are now: "لا يزال أربعة جرحى يتلقون العلاج", "two remain in hospital". */
const STILL_TREATED = new RegExp(
  `(?<![\\p{L}])(?:${['لا يزال', 'لايزال', 'ما زال', 'مازال', 'لا يزالون', 'ما زالوا', 'لا تزال'].map(normalizeForMatch).join('|')})(?![\\p{L}])[^،,.]{0,40}?(?:${['جرحى', 'الجرحى', 'مصابين', 'المصابين', 'يتلقون العلاج', 'يرقدون', 'في المستشفى'].map(normalizeForMatch).join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:still|remain|remained|remains)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:in hospital|in (?:a )?(?:critical|serious|stable) condition|being treated|under treatment|hospitali[sz]ed)(?![\\p{L}])`,
  'u',
);
/** A verb that counts casualties now ("two were wounded and remain in hospital" counts them). */
const HIT_NOW = new RegExp(
  `(?<![\\p{L}])(?:killed|wounded|injured|hurt|${['قتل', 'مقتل', 'أصيب', 'أصيبوا', 'إصابة', 'جرح'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
const ONE_OF_VICTIMS = new RegExp(
  `(?<![\\p{L}])(?:${['أحد القتلى', 'أحد القتيلين', 'إحدى القتيلتين', 'أحد الجرحى', 'أحد المصابين', 'أحد الضحايا', 'إحدى الضحايا'].map(normalizeForMatch).join('|')}|one of the (?:dead|killed|victims|wounded|injured))(?![\\p{L}])`,
  'u',
);
/** "during the fighting", "خلال المعارك": the time of what the clause tells, not an event it reports. */
const WHILE_WAR = new RegExp(
  `(?<![\\p{L}])(?:(?:during|in) the (?:fighting|war|battle|battles)|${['خلال المعارك', 'خلال الحرب', 'أثناء المعارك', 'أثناء الحرب', 'إبان المعارك', 'إبان الحرب'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
const SINCE_FIRST = /^["«“]?\s*(?:و?منذ|since)\s/u;
/** "منذ 17 أيلول عندما…", "since March, when…": not a span but the earlier event told after "when", on that date. */
const RECALLED = /^["«“]?\s*(?:منذ\s[^،,.]{1,40}\s(?:عندما|حين)|since\s[^,.;]{1,40},?\swhen)\s/u;
const CONTINUES = /^["«“]?\s*(?:و?ان(?:هم|ه|ها)|and that (?:they|it|he))\s/u;
/** "كما", "وكما" opening the clause: "also". */
const ALSO = new RegExp(
  `^["«“]?\\s*(?:${['كما', 'وكما'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
const OTHERS = new RegExp(
  `(?<![\\p{L}])(?:other|others|a third|a fourth|${['آخرين', 'آخرون', 'آخران', 'أخريان', 'أخريين'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'gu',
);
/** "and several others wounded", "وعدد من الآخرين": others of no count, not more of the ones counted. */
const UNCOUNTED_BEFORE = new RegExp(
  `(?<!${L})(?:several|many|some|dozens|scores|numerous|${anyOf(['عدد', 'العديد', 'عشرات', 'بعض'])})(?:\\s+(?:of|${anyOf(['من'])}))?\\s+$`,
  'u',
);

/** "four other soldiers", "خمسة آخرين": the clause counts others than the ones told before. */
function countsOthers(text: string): boolean {
  for (const m of text.matchAll(OTHERS))
    if (!UNCOUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  return false;
}
/** "أصيب جندي خلال الاشتباك", "wounded in the attack": the event told before, by its definite name. */
const REFERS_BACK = new RegExp(
  `(?<![\\p{L}])(?:${['خلال', 'في', 'أثناء', 'جراء', 'بسبب', 'اثر', 'إثر'].map(normalizeForMatch).join('|')})\\s+(?:${['الاشتباك', 'الاشتباكات', 'الهجوم', 'العملية', 'الانفجار', 'القصف', 'الغارة', 'المداهمة', 'الكمين'].map(normalizeForMatch).join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:in|during) the (?:clash|clashes|attack|raid|operation|blast|explosion|strike|shelling|fighting|ambush)(?![\\p{L}])`,
  'u',
);
/**
 * Where a strike came from is not where it fell: "fired from the direction of the occupied Golan
 * Heights", "انطلاقا من الأراضي التركية", "من اتجاه الجولان المحتل"; nor is where the attackers fled ("انسحب
 * الباقون باتجاه وادي الشاي", "fled towards the desert"), nor where the displaced came from ("تؤوي 50 ألف
 * نازح من منطقة عفرين"). Left out of the clause's place.
 */
const ORIGIN =
  /(?:(?:fired|launched|coming|came|flew|flying)\s+)?from\s+(?:the\s+)?(?:direction|skies|airspace)\s+(?:of|over)\s+[^,.;]*|(?:fired|launched)\s+from\s+[^,.;]*|(?:انطلاقا\s+من|من\s+اتجاه|من\s+جهة|من\s+أجواء|من\s+الأراضي)\s+[^،,.؛]*|(?:fled|withdrew|escaped|retreated|pulled\s+back)\s+(?:towards?|to|into)\s+[^,.;]*|(?:انسحب|انسحبوا|ينسحب|ينسحبوا|ينسحبون|تنسحب|فر|فروا|يفر|يفروا|يفرون|لاذ|لاذوا|يلوذوا)\s+(?:\S+\s+){0,2}?(?:باتجاه|نحو|صوب)\s+[^،,.؛]*|(?:نازح|نازحا|نازحين|النازحين|مهجر|مهجرين)\s+من\s+[^،,.؛]*|displaced\s+(?:people\s+|families\s+|residents\s+)?from\s+[^,.;]*/giu;
/** "Turkey has threatened to launch an offensive", "تعتزم شن هجوم": what may come, not an event. */
const INTENT = new RegExp(
  `(?<![\\p{L}])(?:threaten(?:s|ed|ing)?|plans to|planning to|vow(?:s|ed)? to|${['هددت', 'هدد', 'تهدد', 'يهدد', 'تعتزم', 'يعتزم', 'توعدت', 'توعد', 'تلوح', 'يلوح'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/** A word for an attack itself, not only for its dead. */
const ATTACK_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${['هجوم', 'بهجوم', 'الهجوم', 'هجمة', 'اعتداء', 'attack', 'attacked', 'assault', 'ambush'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/** "شنت طائرات روسية غارات … عقب الهجوم", "in retaliation for the attack": a later event, its own. */
const FOLLOWS = new RegExp(
  `(?<![\\p{L}])(?:${['عقب الهجوم', 'بعد الهجوم', 'ردا على الهجوم', 'عقب الكمين', 'بعد الكمين'].map(normalizeForMatch).join('|')}|(?:after|following|in (?:retaliation|response) (?:for|to)) the (?:attack|ambush|bombing))(?![\\p{L}])`,
  'u',
);
const SIMILAR = new RegExp(
  `(?<![\\p{L}])(?:${['مماثل', 'مماثلة', 'مماثلا'].map(normalizeForMatch).join('|')}|similar)(?![\\p{L}])`,
  'u',
);
/** The word for a toll: "death toll", "put the toll at", "الحصيلة", "عدد القتلى". */
const TOLL_WORD = new RegExp(
  `(?<![\\p{L}])(?:(?:death )?toll|${['حصيلة', 'الحصيلة', 'حصيلة القتلى', 'عدد القتلى', 'عدد الضحايا'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/**
 * "SANA put the death toll at eight, saying a 'terrorist attack' had…": another source's toll of the
 * event just told; its own account of what happened ("saying an attack…") makes it no new event.
 */
const TOLL_GIVEN = /(?<![\p{L}])(?:put|puts|putting|placed|gave|gives) the (?:death )?toll at(?![\p{L}])/u;
/**
 * "وأسفرت التفجيرات الثلاثة السابقة عن مقتل 11", "the three previous bombings killed 11": earlier events
 * of the kind, summed — a total, not the event of the news.
 */
const EARLIER_EVENTS = new RegExp(
  `(?<![\\p{L}])(?:${['الهجمات', 'التفجيرات', 'الانفجارات', 'الغارات', 'العمليات', 'الاعتداءات', 'الهجمات المماثلة'].map(normalizeForMatch).join('|')})(?:\\s+[\\p{L}\\p{N}]+)?\\s+${normalizeForMatch('السابقة')}(?![\\p{L}])|(?<![\\p{L}])(?:the|its|their)\\s+(?:[\\p{L}\\p{N}]+\\s+)?(?:previous|earlier|prior)\\s+(?:[\\p{L}\\p{N}]+\\s+)?(?:attacks|bombings|blasts|explosions|strikes|raids)(?![\\p{L}])`,
  'u',
);
/**
 * "دورية للشرطة طاردت المهاجمين … ما أسفر عن مقتل أحدهما", "police chased the gunmen and killed one",
 * "قوة من الجيش اشتبكت مع المهاجمين وقتلت اثنين منهم": the pursuit of (or fight with) the event's attackers: what follows in the sentence is more of that event.
 */
const PURSUIT = new RegExp(
  `(?<![\\p{L}])(?:${['طارد', 'طاردت', 'لاحق', 'لاحقت', 'ملاحقة', 'مطاردة', 'اشتبكت مع', 'اشتبك مع', 'اشتبكوا مع', 'تصدت', 'تصدى', 'تصدوا'].map(normalizeForMatch).join('|')})\\s+(?:${['المهاجمين', 'للمهاجمين', 'المسلحين', 'للمسلحين', 'الجناة', 'المنفذين', 'القتلة'].map(normalizeForMatch).join('|')})(?![\\p{L}])|(?:chased|pursued|tracked down|gave chase to|clashed with|engaged|exchanged fire with|fought off|repelled) the (?:attackers|gunmen|assailants|perpetrators|killers)(?![\\p{L}])`,
  'u',
);
const COUNT_WORD =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)';
const ARMED_DEAD = new RegExp(
  `(?<![\\p{L}])(?:(?:killed|killing|kills)\\s+(?:at least\\s+)?${COUNT_WORD}\\s+(?:[\\p{L}-]+\\s+)?(?:militants|insurgents|jihadists|terrorists)|(?:${['مقتل', 'قتل', 'وقتل', 'قتلت', 'مصرع'].map(normalizeForMatch).join('|')})(?![\\p{L}])[^،,.]{0,30}?(?<![\\p{L}])(?:\\d+|${['اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'عشرات'].map(normalizeForMatch).join('|')})\\s+(?:${['إرهابيا', 'إرهابيين', 'ارهابيا', 'مسلحا', 'مسلحين'].map(normalizeForMatch).join('|')}))(?![\\p{L}])`,
  'u',
);
// cheap screens before the patterns below: most clauses have none of these words
const CLAIM_WORDS = [normalizeForMatch('تبن'), normalizeForMatch('مسؤوليت'), 'claimed', 'responsibility'];
const PURSUIT_WORDS = [
  normalizeForMatch('طارد'),
  normalizeForMatch('لاحق'),
  normalizeForMatch('اشتبك'),
  normalizeForMatch('تصد'),
  'chase',
  'pursued',
  'tracked',
  'clashed',
  'engaged',
  'exchanged',
  'fought',
  'repelled',
];
/** A claim of responsibility: positive only (a denied or missing claim is background, `CONTEXT`). */
const CLAIM = new RegExp(
  `(?<![\\p{L}])(?:${['تبنى', 'وتبنى', 'تبنت', 'وتبنت', 'أعلن مسؤوليته', 'أعلنت مسؤوليتها', 'وأعلن مسؤوليته', 'وأعلنت مسؤوليتها'].map(normalizeForMatch).join('|')}|claimed (?:responsibility|the (?:attack|bombing|blast|ambush|killing))|has claimed|took responsibility)(?![\\p{L}])`,
  'u',
);
/** Words for the weapons of an event: a number before them counts weapons, not events. */
const WEAPONS = new RegExp(
  `^(?:[وفبل]{0,2})(?:${['قذائف', 'قذيفتي', 'قذيفتين', 'قذيفتان', 'صواريخ', 'صاروخين', 'صاروخان', 'مسيرات', 'مسيرتين', 'مسيرتان', 'عبوات', 'عبوتين', 'عبوتان'].map(normalizeForMatch).join('|')}|drones|rockets|missiles|shells|mortars|mortar rounds|bombs)$`,
  'u',
);
/** Another source's words: "told AFP that", "a source said", "وقال مصدر إن", "بحسب مصدر". */
const SOURCED = new RegExp(
  `(?<![\\p{L}])(?:(?:said|told [\\p{L}]+|according to)(?![\\p{L}])|${['قال', 'وقال', 'قالت', 'وقالت', 'أفاد', 'وأفاد', 'أفادت', 'وأفادت', 'بحسب', 'وفق', 'وفقا'].map(normalizeForMatch).join('|')}(?![\\p{L}]))`,
  'u',
);
/** A habit or a trend, not an event: "strikes are less frequent than", "where most of the fighting takes place". */
const HABITUAL = new RegExp(
  `(?<![\\p{L}])(?:(?:less|more) (?:frequent|common)|most of the (?:fighting|attacks|strikes|clashes)|rarely|usually|routinely|${['غالبا ما', 'عادة ما', 'كثيرا ما', 'نادرا ما', 'أغلب المعارك', 'معظم المعارك'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
const DEFAULT_EVENT: IncidentEvent = { type: 'violence_against_civilians', subType: 'attack' };

export function analyseClause(
  text: string,
  lang: Language,
  published: string,
  anchor: DateValue | null,
  resolvePlace: PlaceResolver,
  lead: DateValue | null = null,
  before = '',
): ClauseFacts {
  const view = matchView(text);
  const dates = markReportingDates(view.text, findDates(view, { published, anchor, lead }));
  // "أحد القتيلين طالب جامعي أصيب بقنبلة غاز": one of the victims counted before, told of again
  // "فيما لا يزال أربعة جرحى يتلقون العلاج", "four remain in hospital": the wounded counted before, as they are now
  const toldCasualties: Casualties =
    ONE_OF_VICTIMS.test(view.text) ||
    (STILL_TREATED.test(view.text) && !HIT_NOW.test(view.text)) ||
    // "زاعماً أنه قتل وأصاب 15 عنصراً": the doer's boast, no figure of the event
    boastsToll(view.text)
      ? { killed: null, wounded: null, attackersKilled: null }
      : findCasualties(view, lang, before);
  const numbers = findNumbers(view);
  // "ارتفعت حصيلة … إلى أربعة قتلى، بعد وفاة اثنين من الجرحى": the toll it rose to stands
  const risen = risenToll(view, lang);
  const casualties = withLivesTaken(
    view.text,
    numbers,
    risen
      ? {
          ...toldCasualties,
          killed: risen.killed ?? toldCasualties.killed,
          wounded: risen.wounded ?? toldCasualties.wounded,
        }
      : toldCasualties,
  );
  // "اندلعت اشتباكات … على خلفية اعتقال شاب": the clashes are the event, the arrest what they were over
  const uncaused = beforeCause(view.text);
  const beforeItsCause = uncaused === view.text ? null : classifyEvent(uncaused, numbers);
  const found = beforeItsCause?.event ? beforeItsCause : classifyEvent(view.text, numbers);
  // "مستشفى الطارمية تسلم جثث خمسة جنود": a hospital's toll, told where the hospital is
  const bodies = receivedBodies(view.text);
  const roles = actorRoles(view, findActorMentions(view), numbers);
  const hasCasualties =
    casualties.killed !== null || casualties.wounded !== null || casualties.attackersKilled !== null;
  // "two were killed and a third captured in a raid": with dead or wounded, the violence is the event, not the arrest
  const violent =
    hasCasualties && found.event?.type === 'strategic_developments'
      ? classifyEvent(view.text, numbers, 'strategic_developments')
      : null;
  const classified = violent?.event ? violent : found;
  // casualties with no word for what happened ("أصيب ثلاثة مدنيين بجروح"): an attack until told more
  const event = classified.event ?? (hasCasualties ? DEFAULT_EVENT : null);
  const counted = classified.event ? classified.counted : false;
  const recalled = RECALLED.test(view.text);
  // "The strike came a year after a drone killed four…": an earlier event with its toll, else background
  const after = comesAfter(view.text);
  // "The raid came three days after a bomb killed two soldiers": an earlier event of its own
  const background = after
    ? !hasCasualties
    : CONTEXT.test(view.text) && !(hasCasualties && COMES_AFTER.test(view.text));
  // "في واحد من أعنف الهجمات … خلال العام الماضي": a span that ranks the event, not one it sums
  const ranked = withoutSuperlative(view.text);
  const eventDates = dates.filter((d) => d.role === 'event' && (recalled || !d.aggregate));
  // "شيّع الأهالي اليوم جثامين ستة قتلوا بغارات يوم الأحد": the day of the killing, told after the burial's
  const eventDate = (tellsFuneral(view.text) ? eventDates[eventDates.length - 1] : eventDates[0]) ?? null;
  // "A health official in Baquba … put the death toll at nine": the teller's town, not the event's;
  // "نقلوا إلى مستشفى في العمارة": where the wounded were treated, not where it happened
  const placeText = withoutCarePlaces(text).replace(ORIGIN, ' ');
  const place = bodies
    ? null
    : resolvePlace(TOLL_WORD.test(view.text) ? withoutTellerPlaces(placeText) : placeText, lang);
  // "كما أصيب عنصران آخران": "also" with others hit and no place of their own is more of the same event
  const alsoOthers =
    hasCasualties && ALSO.test(view.text) && view.text.search(OTHERS) >= 0 && !place?.governorate;
  return {
    text,
    matchText: view.text,
    dates,
    eventDate,
    reportingDate: dates.find((d) => d.role === 'reporting') ?? null,
    opensWithDate: eventDate !== null && OPENING.test(view.text.slice(0, eventDate.start)),
    place,
    casualties,
    event,
    // "killing three" names no kind of event; "بهجوم مسلح", "an attack" do
    eventNamed:
      classified.event !== null &&
      !(
        classified.event.type === 'violence_against_civilians' &&
        classified.event.subType === 'attack' &&
        !ATTACK_NOUN.test(view.text)
      ),
    reportsEvent:
      !background &&
      (hasCasualties ||
        (event !== null &&
          !counted &&
          !INTENT.test(view.text) &&
          !HABITUAL.test(view.text) &&
          // "destroyed … displaced during the fighting": a war told as the time of something else
          !(WHILE_WAR.test(view.text) && !eventDate && roles.actors.length === 0))) &&
      // (last: only a clause that would tell an event pays for these patterns)
      // (not what it broke out over: "اشتباكات … على خلفية اعتقال شاب" are clashes, no arrest only)
      !tellsNoViolentEvent(uncaused, classified.event, hasCasualties),
    actors: roles.actors,
    targets: roles.targets,
    suspected: roles.suspected,
    continues: CONTINUES.test(view.text),
    denied: view.text.search(CUES.denial) >= 0,
    remains: CUES.remains.test(view.text),
    // a clause that opens with "منذ"/"since" tells a span of time, not one event
    aggregate:
      !recalled &&
      (dates.some((d) => d.aggregate && ranked.slice(d.start, d.end).trim() !== '') ||
        ranked.search(CUES.aggregate) >= 0 ||
        periodTotal(ranked) ||
        EARLIER_EVENTS.test(view.text) ||
        SINCE_FIRST.test(view.text)),
    separate:
      recalled ||
      (CUES.separate.test(view.text) && !alsoOthers && !(risen && LATER_OPENING.test(view.text))) ||
      COMES_AFTER.test(view.text) ||
      after,
    another: CUES.another.test(view.text),
    refersBack: REFERS_BACK.test(view.text),
    notes: casualtyNotes(view, casualties, numbers),
    additional: hasCasualties && countsOthers(view.text),
    follows: FOLLOWS.test(view.text),
    similar: SIMILAR.test(view.text),
    risenTo: risen,
    diedOfWounds: diesOfWounds(view.text),
    sourced: SOURCED.test(view.text),
    pursues: PURSUIT_WORDS.some((w) => view.text.includes(w)) && PURSUIT.test(view.text),
    armedDead: ARMED_DEAD.test(view.text),
    claims:
      roles.actors.length > 0 &&
      CLAIM_WORDS.some((w) => view.text.includes(w)) &&
      CLAIM.test(view.text) &&
      !SIMILAR.test(view.text),
    tollOnly:
      (hasCasualties && bodies) ||
      (hasCasualties &&
        TOLL_WORD.test(view.text) &&
        // no word for what happened: "killed" alone names no kind
        (TOLL_GIVEN.test(view.text) ||
          ((classified.event === null || classified.event.subType === 'attack') &&
            !ATTACK_NOUN.test(view.text)))),
  };
}

/**
 * The most specific event type named; `counted` when every event word is counted by a number or
 * a quantifier ("27 هجوماً", "عدة هجمات", "several attacks") or is a bare plural: a statistic.
 */
function classifyEvent(
  text: string,
  numbers: readonly NumberMention[],
  skip: IncidentEvent['type'] | null = null,
): { event: IncidentEvent | null; counted: boolean } {
  const quantifiers = [...text.matchAll(CUES.quantifier)].map((m) => m.index + m[0].length);
  let first: IncidentEvent | null = null;
  let uncounted: IncidentEvent | null = null;
  /** A bare plural ("in air strikes") no number or quantifier counts. */
  let barePlural: IncidentEvent | null = null;
  for (const cue of CUE_TABLE) {
    if (cue.type === skip) continue;
    if (cue.requires && !cue.requires.some((w) => text.includes(w))) continue;
    for (const m of text.matchAll(cue.pattern)) {
      const before = m.index;
      // "two drones targeted", "ثلاث قذائف سقطت": the weapons of one event are counted, not events
      const byCount =
        !WEAPONS.test(m[0]) &&
        (numbers.some((n) => n.end <= before && before - n.end <= 2) ||
          quantifiers.some((q) => q <= before && before - q <= 2));
      first ??= { type: cue.type, subType: cue.subType };
      if (cue.plural && !byCount) barePlural ??= { type: cue.type, subType: cue.subType };
      if (!cue.plural && !byCount) uncounted ??= { type: cue.type, subType: cue.subType };
    }
  }
  // "killed 11 militants in air strikes": the kind is the strikes', the verb only says someone died
  const generic = uncounted?.type === 'violence_against_civilians' && uncounted.subType === 'attack';
  if (generic && barePlural && barePlural.subType !== 'attack') return { event: barePlural, counted: false };
  return { event: uncounted ?? first, counted: uncounted === null };
}
