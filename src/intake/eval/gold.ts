import { z } from 'zod';
import { ACTOR_IDS } from '../actors/actor-table.js';
import { EVENT_TYPES, type EventType } from '../../content/schema.js';

/**
 * A gold count: a number, null (the article does not say), "any" (only an unsplit "killed and
 * wounded" figure, so any split is accepted) or the defensible values (sources in the text disagree).
 */
export const GoldCount = z.union([z.number(), z.null(), z.literal('any'), z.array(z.number()).min(1)]);
export type GoldCount = z.infer<typeof GoldCount>;

/** One hand-made annotation (see /work/shared/intake/README.md). */
export const GoldIncident = z.object({
  date: z.object({ from: z.string(), to: z.string() }),
  country: z.string(),
  governorate: z.string().nullable(),
  district: z.string().nullable().optional(),
  locality: z.string().nullable().optional(),
  killed: GoldCount,
  wounded: GoldCount,
  /** Background mentioned without detail: matching it neither rewards nor costs. */
  optional: z.boolean().optional(),
  what: z.string().optional(),
});
export type GoldIncident = z.infer<typeof GoldIncident>;

const eventTypes = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/**
 * Who did it and what kind of event it was, for gold incidents where the article makes it clear.
 * Kept in the repository (`roles.json`) beside the shared gold, which is read-only; keyed by
 * article name, then by the incident's position in the gold file.
 */
export const GoldRole = z.object({
  incident: z.number().int().nonnegative(),
  /** Perpetrators by actor id; empty: the article names none. */
  actors: z.array(z.enum(ACTOR_IDS)),
  /** The article only suspects the actor ("suspected of being ISIS"). */
  suspected: z.boolean().optional(),
  eventType: z.enum(eventTypes),
});
export type GoldRole = z.infer<typeof GoldRole>;
export const GoldRoles = z.record(z.string(), z.array(GoldRole));
export type GoldRoles = z.infer<typeof GoldRoles>;

export const Gold = z.object({
  /** Path of the raw text relative to the gold file; default: the same name with .txt. */
  text: z.string().optional(),
  published: z.string(),
  language: z.enum(['ar', 'en']),
  incidents: z.array(GoldIncident),
  figures: z.array(z.number()),
  /**
   * Roles written in the gold file itself (the probe's, which this repository owns); the shared
   * articles' roles are in `roles.json`, since their gold is read-only.
   */
  roles: z.array(GoldRole).optional(),
});
export type Gold = z.infer<typeof Gold>;
