// "No group claimed the attack, but officials blamed IS remnants": the suspected doer of the event told.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "blamed", "blaming", "accused", "حمّلت … المسؤولية", "اتهم", "واتهمت": a side names whom it holds to account. */
const BLAMES = new RegExp(
  `(?<!${L})(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|[وف]?(?:${anyOf(['حمل', 'حملت', 'حملوا', 'يحمل', 'تحمل', 'اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم'])}))(?!${L})`,
  'u',
);

/**
 * "blamed militias for the attack", "accused them of being behind the bombing", "اتهمت … بالوقوف وراء
 * الهجوم", "حمّلت … مسؤولية التفجير": the event the blame is for, named by its definite noun — the event
 * told, no event of the clause's own.
 */
const FOR_THE_EVENT = new RegExp(
  `(?<!${L})(?:behind|for)\\s+(?:the|this|that|these|last\\s+\\p{L}+'s|\\p{L}+day's)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:attacks?|strikes?|bombings?|shelling|blasts?|explosions?|assault|raids?|killings?)(?!${L})|(?<!${L})(?:${anyOf(['وراء', 'عن', 'مسؤولية', 'بمسؤولية'])})\\s+(?:${anyOf(['هذا', 'هذه'])}\\s+)?(?:${anyOf(['الهجوم', 'الاعتداء', 'القصف', 'التفجير', 'الاستهداف', 'الضربة', 'الهجمات', 'الاعتداءات', 'الانفجار'])})(?!${L})`,
  'u',
);

/**
 * The clause only blames a group for what happened ("No group claimed responsibility, but officials
 * blamed IS remnants, who remain active in the area"): no event, no toll of its own, no similar
 * events named, and every side it names only suspected — the doer the article supposes for the
 * event just told (the caller checks that event has no doer told). The event it names, if any, is
 * the one the blame is for (FOR_THE_EVENT), and whom it names are suspected by the blame alone.
 */
export function blamesDoer(matchText: string, facts: ClauseFacts): boolean {
  // ("blamed IS and Kurdish militants for a series of similar bombings": for other events, not this one)
  if (facts.similar || hasCasualties(facts) || facts.actors.length === 0) return false;
  // (whom a clause blames for the event by its name is suspected by that blame alone)
  const forTheEvent = FOR_THE_EVENT.test(matchText);
  if (facts.event !== null && !forTheEvent) return false;
  if (!forTheEvent && !facts.actors.every((a) => facts.suspected.includes(a))) return false;
  return BLAMES.test(matchText);
}
