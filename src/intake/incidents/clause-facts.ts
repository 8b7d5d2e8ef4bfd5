import type { IncidentEvent, Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { ActorId } from '../actors/actor-table.js';
import type { Casualties } from '../casualties/casualties.js';
import type { Check } from '../drafts/checks.js';
import type { DateMention } from '../reading/types.js';

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
  /** Tells, past "after" or "in answer to", a blow the news came after with its own day and place (earlier-events.ts). */
  blowBefore: boolean;
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
  /** The wounded still in care ("five others are still being treated", "لا يزال 13 مصاباً يتلقون العلاج"): the event's wounded as they are now. */
  treated: number | null;
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
