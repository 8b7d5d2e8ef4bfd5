import { z } from 'zod';

/**
 * The briefing format: the YAML front matter of one `content/*.md` file.
 * The body below the front matter is the original article text.
 */

export const LANGUAGES = ['ar', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    // A day that does not exist (2021-02-31) either fails to parse or reads back as another day.
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, 'not a real calendar date');

const text = z.string().trim().min(1, 'must not be empty');

/** A text in one or both languages; a missing language is shown in the other with a note. */
export const LocalizedText = z
  .object({ ar: text.optional(), en: text.optional() })
  .strict()
  .refine((t) => t.ar !== undefined || t.en !== undefined, 'needs at least one of ar, en');
export type LocalizedText = z.infer<typeof LocalizedText>;

const bullets = z.array(text).min(3, 'needs 3 to 6 bullets').max(6, 'needs 3 to 6 bullets');

/** A count as the article gives it: exact, or a range ("between 3 and 5"). null: not stated. */
export const Count = z.union([
  z.number().int().nonnegative(),
  z
    .object({ low: z.number().int().nonnegative(), high: z.number().int().nonnegative() })
    .strict()
    .refine((c) => c.low <= c.high, 'low must not exceed high'),
]);
export type Count = z.infer<typeof Count>;

export const DATE_PRECISIONS = ['day', 'week', 'month', 'approximate'] as const;
export const IncidentDate = z
  .object({
    from: isoDate,
    to: isoDate,
    precision: z.enum(DATE_PRECISIONS),
    /** The article's own words for the date, as written. */
    text: text.nullable().default(null),
  })
  .strict()
  .refine((d) => d.from <= d.to, { message: 'from must not be after to', path: ['to'] });
export type IncidentDate = z.infer<typeof IncidentDate>;

export const PLACE_PRECISIONS = ['locality', 'district', 'governorate', 'country'] as const;
export const Place = z
  .object({
    /** ISO 3166-1 alpha-2, e.g. IQ, SY. */
    country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
    /** admin1; English name is the canonical one. */
    governorate: LocalizedText.nullable().default(null),
    /** admin2. */
    district: LocalizedText.nullable().default(null),
    locality: LocalizedText.nullable().default(null),
    precision: z.enum(PLACE_PRECISIONS),
    /** The article's own words for the place, as written. */
    text: text.nullable().default(null),
  })
  .strict();
export type Place = z.infer<typeof Place>;

/** ACLED's six event types and their sub-types. */
export const EVENT_TYPES = {
  battles: ['armed_clash', 'government_regains_territory', 'non_state_actor_overtakes_territory'],
  explosions_remote_violence: [
    'chemical_weapon',
    'air_drone_strike',
    'suicide_bomb',
    'shelling_artillery_missile_attack',
    'remote_explosive_landmine_ied',
    'grenade',
  ],
  violence_against_civilians: ['sexual_violence', 'attack', 'abduction_forced_disappearance'],
  protests: ['peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters'],
  riots: ['violent_demonstration', 'mob_violence'],
  strategic_developments: [
    'agreement',
    'arrests',
    'change_to_group_activity',
    'disrupted_weapons_use',
    'headquarters_or_base_established',
    'looting_property_destruction',
    'non_violent_transfer_of_territory',
    'other',
  ],
} as const;
export type EventType = keyof typeof EVENT_TYPES;
export type EventSubType = (typeof EVENT_TYPES)[EventType][number];
const eventTypeNames = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

export const IncidentEvent = z
  .object({ type: z.enum(eventTypeNames), subType: z.string() })
  .strict()
  .refine((e) => (EVENT_TYPES[e.type] as readonly string[]).includes(e.subType), {
    message: 'not a sub-type of this event type',
    path: ['subType'],
  });
export type IncidentEvent = { type: EventType; subType: EventSubType };

/**
 * Why an editor should look again at a drafted incident or figure (made by the intake; an editor
 * may delete them). `detail` quotes the article's words or numbers that raised it.
 */
export const CHECK_REASONS = [
  'date-guessed', 'date-approximate', 'place-unresolved', 'casualties-conflict', 'casualties-unsplit',
  'casualties-approximate', 'headline-disagrees', 'actor-suspected', 'figure-approximate', 'review-suggested',
] as const;
export const Check = z.object({ reason: z.enum(CHECK_REASONS), detail: text.optional() }).strict();
export type Check = z.infer<typeof Check>;

export const Incident = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase slug'),
    date: IncidentDate,
    place: Place,
    /** Who did it, as the article names them ("suspected ISIS gunmen"). Empty: not stated. */
    actors: z.array(LocalizedText).default([]),
    event: IncidentEvent,
    /** Who or what was attacked. null: not stated. */
    target: LocalizedText.nullable().default(null),
    killed: Count.nullable().default(null),
    wounded: Count.nullable().default(null),
    /** Attackers killed: apart from the victims counted in `killed`, unless `killedIncludesAttackers`. */
    attackersKilled: Count.optional(),
    /** `killed` counts the attackers killed among its dead: a fight whose two sides' dead were summed. */
    killedIncludesAttackers: z.literal(true).optional(),
    description: LocalizedText,
    checks: z.array(Check).optional(),
  })
  .strict();
export type Incident = Omit<z.infer<typeof Incident>, 'event'> & { event: IncidentEvent };

export const Figure = z
  .object({
    value: z.number().finite(),
    /** "about 110,000": the article gives it as approximate. */
    approximate: z.boolean().default(false),
    /** A short unit symbol where one applies: "km²", "%". */
    unit: z.string().nullable().default(null),
    /** What the number counts. */
    label: LocalizedText,
    checks: z.array(Check).optional(),
  })
  .strict();
export type Figure = z.infer<typeof Figure>;

export const Briefing = z
  .object({
    /** Short enough to fit in callback data (64 bytes) with a view prefix. */
    id: z.string().max(48, 'at most 48 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase slug'),
    status: z.enum(['published', 'draft']).default('published'),
    language: Language,
    published: isoDate,
    title: LocalizedText,
    /** Never invented: null where the article does not name it. */
    source: z
      .object({ name: LocalizedText.nullable().default(null), url: z.url().nullable().default(null) })
      .strict()
      .default({ name: null, url: null }),
    summary: z.object({ ar: bullets.optional(), en: bullets.optional() }).strict()
      .refine((s) => s.ar !== undefined || s.en !== undefined, 'needs at least one of ar, en'),
    figures: z.array(Figure).default([]),
    incidents: z.array(Incident).default([]),
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase slug')).default([]),
  })
  .strict()
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.incidents.forEach((incident, i) => {
      if (seen.has(incident.id)) ctx.addIssue({ code: 'custom', message: 'duplicate incident id', path: ['incidents', i, 'id'] });
      seen.add(incident.id);
    });
  });
export type Briefing = Omit<z.infer<typeof Briefing>, 'incidents'> & { incidents: Incident[] };

/** A loaded article: its briefing, its original text and where it came from. */
export interface Article {
  briefing: Briefing;
  body: string;
  path: string;
}
