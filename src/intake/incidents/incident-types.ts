// An incident as extracted, and while its clauses are gathered (incidents.ts).
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from './clause-facts.js';
import type { DateValue } from '../dates/date-values.js';
import type { EventMention } from './same-event.js';
import type { Count } from '../reading/count.js';

/**
 * An incident as extracted, before it is written in the briefing format: what deciding "the same
 * event, told twice" needs (EventMention: date, place, event, actors, targets, the suspected among
 * them, killed, wounded, attackers killed apart from the victims, sentences, checks, `separate`),
 * with the date's own words and the clause that opened it.
 */
export interface ExtractedIncident extends EventMention {
  date: DateValue & { text: string | null };
  /** The clause that opened it, in the article's words. */
  source: string;
}

/** An incident while its clauses are gathered: an EventMention whose date and place may still be missing. */
export interface Building extends Omit<EventMention, 'date' | 'place' | 'another'> {
  date: (DateValue & { text: string }) | null;
  reporting: (DateValue & { text: string }) | null;
  place: ResolvedPlace | null;
  source: string;
  /** Paragraph of the last sentence it drew on. */
  paragraph: number;
  another: boolean;
  /** A place the clause names that the gazetteer does not know (see unknown-place.ts). */
  placeName: string | null;
  /** Its dead were armed ("security forces killed three militants"): a fight, not violence against civilians. */
  armedDead: boolean;
  /** Its killed are the attackers it counted (a raid's, a strike's on militants): no victims told apart. */
  deadAreAttackers: boolean;
  /** Its attackers killed are the dead of the side that did it, told after it (doers-dead.ts), not militants it fought. */
  doersDead?: true;
  /**
   * How many more dead it was first told with than a later account with wounded gives ("اغتال …
   * القيادي ونجله", then "مقتله وإصابة نجله"): wounded who died since, counted dead already.
   */
  deadAhead?: number;
  /**
   * The first telling's wounded left those dead out as well ("three soldiers were killed and two
   * injured", then "killing two and wounding three others"): they leave no wounded when told dead.
   */
  woundedAhead?: boolean;
  /**
   * The figures it was first told with, before a toll told as risen replaced them: what a lead told
   * before the update sums ("five killed", then four at one town, since risen to six, and one at another).
   */
  firstToll?: { killed: Count | null; wounded: Count | null };
  /**
   * The figures a later clause of it told that its own kept out (the first such), that clause's
   * sentence, and its own figures and first day then: where those are a lead's total, the toll of
   * the item the lead took in (lead-item.ts); and the figures of the clauses that kept out more
   * after it, each with its sentence (the further items the lead took in).
   */
  /**
   * The tolls of each side of a fight, where its own is their sum (side-part-told.ts): a teller's
   * retelling of one side's part is the same fight again.
   */
  sideParts?: Toll[];
  /**
   * The sentence the last side's part was told in, where the reading noted it (side-part-told.ts): a
   * later sentence the fight took in already may still tell a part again.
   */
  sidePartsSentence?: number;
  otherToll?: {
    told: Toll;
    own: Toll;
    day: string | null;
    sentence: number;
    later: (Toll & { sentence: number })[];
  };
}

/** A toll as told, killed and wounded. */
export type Toll = { killed: Count | null; wounded: Count | null };

export interface IncidentContext {
  lang: Language;
  published: string;
  resolvePlace: PlaceResolver;
  /** Where the title places the story: the fallback for incidents whose sentences name no place. */
  titlePlace: ResolvedPlace | null;
  /** Where the dateline files the story from ("TUZ KHURMATU, Iraq (AP) --"); absent: none given. */
  datelinePlace?: ResolvedPlace | null;
  /** The dateline names its town's country, or is a local page named for its town: the story is filed from
   * that town, not an office line (filed-from.ts). */
  datelineWithCountry?: boolean;
  /** The office an outlet's line of its own files the story from ("الغد برس / سامراء"), where no dateline
   * stands: office-line.ts. */
  officePlace?: ResolvedPlace | null;
}
