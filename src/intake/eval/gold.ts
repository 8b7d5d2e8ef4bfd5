import { z } from 'zod';

/** One hand-made annotation (see /work/shared/intake/README.md). */
export const GoldIncident = z.object({
  date: z.object({ from: z.string(), to: z.string() }),
  country: z.string(),
  governorate: z.string().nullable(),
  district: z.string().nullable().optional(),
  locality: z.string().nullable().optional(),
  killed: z.number().nullable(),
  wounded: z.number().nullable(),
  what: z.string().optional(),
});
export type GoldIncident = z.infer<typeof GoldIncident>;

export const Gold = z.object({
  /** Path of the raw text relative to the gold file; default: the same name with .txt. */
  text: z.string().optional(),
  published: z.string(),
  language: z.enum(['ar', 'en']),
  incidents: z.array(GoldIncident),
  figures: z.array(z.number()),
});
export type Gold = z.infer<typeof Gold>;
