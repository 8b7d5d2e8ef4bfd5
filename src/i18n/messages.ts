// The catalogue's types only: ar.ts and en.ts implement them and catalogue.ts picks one, so no
// module of src/i18n imports back the one that imports it.
import type { CheckReason } from '../intake/drafts/checks.js';
import type {
  Count,
  DATE_PRECISIONS,
  EventSubType,
  EventType,
  Language,
  PLACE_PRECISIONS,
} from '../content/schema.js';
import type { ScheduleRule } from '../digest/describe-schedule.js';
import type { PublicCommand } from '../bot/commands.js';
import type { AdminMessages } from './admin-messages.js';
import type { PictureMessages } from './pictures.js';

export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/** Where a chat's digests go: the chat itself, or a forum topic of it. */
export type DigestTarget = 'chat' | 'topic';

/**
 * Every text a user sees, in one language. Texts are plain (the caller escapes them for HTML) and
 * already bidi-safe: Latin runs inside Arabic texts (commands, ids) are isolated.
 */
export interface Messages {
  /** Admin commands' texts (a section of its own, in admin-ar.ts and admin-en.ts). */
  admin: AdminMessages;
  /** /map and /chart: the pictures' texts and captions (pictures-ar.ts, pictures-en.ts). */
  pictures: PictureMessages;
  /** This language's name in itself: "العربية", "English". */
  languageName: string;
  start: string;
  help: string;
  commandDescriptions: Record<PublicCommand, string>;
  unknownCommand: string;
  /** Answer to plain text in a private chat. */
  privateHint: string;
  langUsage: string;
  /** Confirmation after /lang, in the language just chosen. */
  langSet: string;
  articleNotFound: (id: string) => string;
  noArticles: string;
  notStated: string;
  somethingWentWrong: string;
  /** In a group whose replies are over a minute behind Telegram's limit: one notice for the later askers. */
  groupBusy: string;
  buttonExpired: string;
  buttons: {
    summary: string;
    incidents: string;
    figures: string;
    source: string;
    /** The other language's name, written in that language. */
    otherLanguage: string;
    previous: string;
    next: string;
  };
  /** Pager label, 1-based. */
  page: (page: number, pages: number) => string;
  noIncidents: string;
  noFigures: string;
  /** After the summary's first figures: how many more there are, and the button that shows them all. */
  moreFigures: (n: number) => string;
  /** Note after a text shown in the other language: "(only available in Arabic)". */
  onlyAvailableIn: (available: Language) => string;
  datePrecision: Record<DatePrecision, string>;
  placePrecision: Record<PlacePrecision, string>;
  /** The place line's precision note: "(precision: locality)". */
  placePrecisionNote: (precision: PlacePrecision) => string;
  /** The date line's precision note: "(precision: month)". */
  datePrecisionNote: (precision: DatePrecision) => string;
  eventTypes: Record<EventType, string>;
  eventSubTypes: Record<EventSubType, string>;
  labels: {
    date: string;
    place: string;
    who: string;
    what: string;
    target: string;
    killed: string;
    wounded: string;
    /** Killed and wounded together. */
    casualties: string;
    source: string;
    link: string;
    published: string;
    articleId: string;
    figures: string;
    incidents: string;
    articles: string;
  };
  killed: (count: Count) => string;
  wounded: (count: Count) => string;
  /** Killed and wounded in one phrase, saying which is not stated. */
  casualties: (killed: Count | null, wounded: Count | null) => string;
  /** Attackers killed, told apart from the victims: "3 attackers killed". */
  attackersKilled: (count: Count) => string;
  /** The victims' casualties followed by the attackers killed, as one line. */
  withAttackers: (casualties: string, attackersKilled: string) => string;
  /** Attackers counted among the killed (a fight whose two sides' dead were summed): "57 attackers". */
  attackersAmong: (count: Count) => string;
  /** The casualties followed by the attackers among their dead, as one line. */
  withAttackersAmong: (casualties: string, attackers: string) => string;
  incidentsCount: (n: number) => string;
  articlesCount: (n: number) => string;
  /** The summary's closing line: how many incidents the article records, and where to see them. */
  incidentsInArticle: (n: number) => string;
  /** Editorial intake: an admin's raw article becomes a draft to publish or discard. */
  intake: {
    /** The article is taken in: its draft is made as a job and follows. */
    received: string;
    draftHeading: string;
    /** What the editor must check: fields the extraction could not be sure of. */
    checkNote: string;
    publish: string;
    discard: string;
    published: (id: string) => string;
    discarded: string;
    alreadyPublished: (id: string) => string;
    draftGone: string;
    /** The article made a draft whose id was taken: written beside the existing one, which is kept. */
    newVersion: (id: string, existing: string) => string;
    /** The pipeline could not make a draft: its reason, then how to send again. */
    failed: (reason: string) => string;
    notText: string;
    tooLarge: string;
    /** The reasons to check, listed under the draft. */
    checksHeading: string;
    checkReason: Record<CheckReason, string>;
    /** Which item a reason is about: "Incident 2", "Figure 110,000". */
    incidentItem: (n: number) => string;
    figureItem: (value: string) => string;
  };
  digest: {
    heading: string;
    /** The incident count with total casualties: "4 incidents: 8 killed, 3 wounded". */
    incidentTotals: (incidents: number, killed: Count | null, wounded: Count | null) => string;
    readMore: string;
  };
  /**
   * /subscribe, /unsubscribe, /follow, /unfollow. Names (governorates, tags) and slot names come in
   * plain, already in this language; the texts isolate them.
   */
  subscriptions: {
    /** A group member who is not an admin tried to change the chat's subscription or settings. */
    adminsOnly: string;
    /** After /subscribe, with when this chat gets digests (a `schedule` text). */
    subscribed: (target: DigestTarget, schedule: string) => string;
    alreadySubscribed: (target: DigestTarget) => string;
    /** /subscribe sent in another topic (or outside topics): the digests move there. */
    moved: (target: DigestTarget) => string;
    unsubscribed: string;
    notSubscribed: string;
    /** /follow without a name: how to use it, and what the chat follows now (empty: everything). */
    followUsage: (following: readonly string[]) => string;
    unfollowUsage: (following: readonly string[]) => string;
    nowFollowing: (name: string, following: readonly string[]) => string;
    alreadyFollowing: (name: string) => string;
    unfollowed: (name: string, following: readonly string[]) => string;
    notFollowing: (name: string) => string;
    /** A name that is neither a governorate nor a known tag, with examples of both. */
    unknownTarget: (input: string, governorates: readonly string[], tags: readonly string[]) => string;
    tooManyFilters: (max: number) => string;
    /** Added after a /follow answer when the chat gets no digests yet. */
    subscribeHint: string;
  };
  /** /settings: the chat's settings message and its buttons. */
  settings: {
    heading: string;
    language: (languageName: string) => string;
    /** null: not subscribed. */
    subscription: (target: DigestTarget | null) => string;
    /** When the chat gets digests (a `schedule` text). */
    slots: (schedule: string) => string;
    filters: (following: readonly string[]) => string;
    buttons: {
      subscribe: string;
      unsubscribe: string;
      clearFilters: string;
      slot: (slot: string, on: boolean) => string;
    };
    /** Alert when the last digest time would be switched off. */
    lastSlot: string;
  };
  /** A digest schedule as people say it, with its time zone: "every day at 08:00 and 20:00, Baghdad time". */
  schedule: (rules: readonly ScheduleRule[], timeZone: string) => string;
  /** "about 110,000 km²" for an approximate figure. */
  approximately: (value: string) => string;
  /** Separator between list items in running text: "، " / ", ". */
  listSeparator: string;
  dates: {
    /** January first. */
    months: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    /** Joins two dates (or a date and its shortened start) into a range. */
    range: (from: string, to: string) => string;
    week: (from: string, to: string) => string;
    approximate: (date: string) => string;
  };
}
