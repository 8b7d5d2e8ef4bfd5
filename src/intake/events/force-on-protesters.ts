// Demonstrators hit: ACLED's protest and riot types, not an attack on civilians or a battle.
import type { IncidentEvent } from '../../content/schema.js';
import { NON_STATE, type ActorId } from '../actors/actor-table.js';
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { withoutRefusedDeed } from './refused-deed.js';

const PROTESTER_EN = `(?:protesters?|demonstrators?)`;
const PROTESTER_AR = `${AR_PREFIX}(?:${anyOf(['متظاهر', 'محتج'])})\\p{L}*`;
const PROTESTER = `(?:${PROTESTER_EN}|${PROTESTER_AR})`;
/** "بعد أن", "بعد": a riot told as what came before the event, not as it. */
const AFTER_AR = `${anyOf(['بعد'])}\\s+(?:${anyOf(['أن'])}\\s+)?`;
/** Demonstrators or mourners, the crowd that riots. */
const CROWD_AR = `(?:${PROTESTER_AR}|${AR_PREFIX}(?:${anyOf(['مشيعون', 'مشيعين'])}))`;
const HURT_EN = `(?:killed|killing|kill|kills|wounded|wounding|injured|shot|died|dies)`;
const HURT_AR = `${AR_PREFIX}(?:${anyOf(['مقتل', 'قتل', 'قتلا', 'قتلوا', 'إصابة', 'أصيب', 'أصيبا', 'أصيبوا', 'جرح', 'استشهاد', 'فارق الحياة'])})`;
const HURT = `(?:${HURT_EN}|${HURT_AR})`;
/**
 * "security forces shot dead 24 protesters", "a protester died", "three protesters were wounded",
 * "مقتل ثلاثة متظاهرين", "متظاهراً فارق الحياة", "أطلقت النار على المتظاهرين": the demonstrators are
 * the ones hit or fired on (within a few words, in the same sentence).
 */
const PROTESTERS_HIT = new RegExp(
  `(?<!${L})${HURT}(?!${L})[^.]{0,48}?(?<!${L})${PROTESTER}(?!${L})|(?<!${L})${PROTESTER}(?!${L})[^.]{0,48}?(?<!${L})${HURT}(?!${L})|(?:fired|opened fire) on (?:the )?${PROTESTER_EN}|(?:${anyOf(['النار على', 'الرصاص على'])})\\s+${PROTESTER_AR}`,
  'u',
);
/**
 * "protesters stormed the consulate", "protesters who had set the gate alight", "a crowd that attacked the consulate", "اقتحم مئات المحتجين المبنى وأضرموا النار فيه",
 * "أحرق متظاهرون مقر الفصيل", "رشقوا القوات الأمنية": the crowd storms, burns or attacks — ACLED's
 * riot. (The plural verb, or the verb before the demonstrators: forces storming a sit-in are not it;
 * nor is a riot told as what the event came after: "a day after protesters set fire to…".)
 */
const CROWD_RIOTS = new RegExp(
  `(?<!${L})(?<!(?:after|since|before)\\s+)(?:${PROTESTER_EN}|crowds?|mourners)\\s+(?:[\\p{L}'-]+\\s+){0,5}?(?:stormed|torched|set\\s+(?:[\\p{L}'-]+\\s+){0,4}?(?:alight|ablaze|on fire)|set fire|attacked|hurled (?:[\\p{L}-]+\\s+){0,2}?petrol bombs)(?!${L})|(?<!${L})(?<!${AFTER_AR})${CROWD_AR}(?!${L})[^.]{0,60}?(?<!${L})[وف]?(?:${anyOf(['اقتحموا', 'أضرموا', 'أحرقوا', 'رشقوا'])})(?!${L})|(?<!${L})[وف]?(?:${anyOf(['اقتحم', 'أضرم', 'أحرق'])})\\s+(?:\\p{L}+\\s+)?${CROWD_AR}(?!${L})`,
  'u',
);

/** The kinds the clauses give a blow on demonstrators before this reading: an attack, a clash, a fire set. */
const GENERIC: readonly string[] = ['attack', 'armed_clash', 'looting_property_destruction'];
/** "a tear-gas canister", "قنبلة دخانية", "قنابل الغاز المسيل للدموع": riot-control rounds, read as a bomb's blast. */
const CANISTER = new RegExp(
  `(?<!${L})(?:tear[- ]gas|canisters?|smoke grenades?|${anyOf(['دخانية', 'الدخانية', 'الغاز', 'غاز'])})(?!${L})`,
  'u',
);

/**
 * "unidentified snipers on rooftops fired on the protesters", "قناصة مجهولون", "Sadr's followers
 * attacked the sit-in": shooters the article does not give to the state, or a rival crowd or
 * movement's men — an attack on the protesters, not the state's force.
 */
const OTHER_SHOOTERS = new RegExp(
  `(?<!${L})(?:snipers?|gunmen|masked|unidentified|unknown|supporters|followers|loyalists|${AR_PREFIX}(?:${anyOf(['قناص', 'قناصة', 'قناصين', 'مسلحين', 'مسلحون', 'ملثمين', 'ملثمون', 'مجهولين', 'مجهولون', 'أنصار', 'مناصري', 'أتباع'])}))(?!${L})`,
  'u',
);

/** A riot told as such: not "riot police", "riot-control forces", "قوات مكافحة الشغب", the force's name. */
const RIOT_TOLD = new RegExp(
  `(?<!${L})(?:riots?|rioters|rioting)(?![\\s-]+(?:police|control|squads?|troops|units?|forces|gear))(?!${L})|(?<!${anyOf(['مكافحة'])}\\s+)(?<!${L})${AR_PREFIX}${anyOf(['شغب'])}(?!${L})`,
  'u',
);

/**
 * ACLED types a protest whose demonstrators are shot, gassed or wounded by state forces as a
 * protest met with excessive force, and a blow where the crowd storms, burns or attacks a building
 * as a riot, not as violence against civilians or a battle. Gunmen or an armed group hitting the
 * protesters stay an attack on civilians; a bomb or a strike named as such stays its kind.
 */
export function protestersHit<
  T extends { event: IncidentEvent; actors: readonly ActorId[]; sentences: readonly number[] },
>(incidents: readonly T[], matchTexts: readonly string[]): T[] {
  return incidents.map((incident) => {
    // (not fire the soldiers refused to open on them: refused-deed.ts)
    const event = protestEvent(
      withoutRefusedDeed(incident.sentences.map((i) => matchTexts[i] ?? '').join(' ')),
      incident.event,
      incident.actors,
    );
    return event === incident.event ? incident : { ...incident, event };
  });
}

/** The event of an incident told in `text` (its sentences, in matching form), read again for demonstrators hit. */
function protestEvent(text: string, event: IncidentEvent, actors: readonly ActorId[]): IncidentEvent {
  // "Riot police fired on the protesters", "قوات مكافحة الشغب": a riot read from the force's name only
  const forceNameOnly = event.type === 'riots' && !RIOT_TOLD.test(text);
  const protest = (event.type === 'protests' || event.type === 'riots') && !forceNameOnly;
  const canister = event.subType === 'remote_explosive_landmine_ied' && CANISTER.test(text);
  if (!protest && !forceNameOnly && !canister && !GENERIC.includes(event.subType)) return event;
  if (CROWD_RIOTS.test(text)) return { type: 'riots', subType: 'violent_demonstration' };
  if (
    protest ||
    actors.some((a) => NON_STATE.has(a)) ||
    OTHER_SHOOTERS.test(text) ||
    !PROTESTERS_HIT.test(text)
  )
    return event;
  return { type: 'protests', subType: 'excessive_force_against_protesters' };
}
