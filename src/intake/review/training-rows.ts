import { z } from 'zod';
import { Incident, Language } from '../../content/schema.js';

/** One article of the review model's training rows (written by collect-cli.ts, read by train-cli.ts). */
export const TrainingArticle = z
  .object({
    batch: z.string(),
    article: z.string(),
    /** The commit whose code made this first run. */
    commit: z.string(),
    published: z.string(),
    language: Language,
    incidents: z.array(Incident),
    /** One per incident: what the scorer made of it. */
    outcomes: z.array(z.enum(['right', 'wrong', 'background'])),
  })
  .refine((a) => a.outcomes.length === a.incidents.length, { message: 'one outcome per incident' });
export type TrainingArticle = z.infer<typeof TrainingArticle>;
