import { z } from 'zod';
import { REVIEW_FEATURES } from './features.js';

/**
 * A logistic model over REVIEW_FEATURES: the chance that a drafted incident is wrong (matches no
 * incident of the article, or matches one with other casualties). Written by `train-cli.ts`; the
 * feature names travel with the weights so that a model trained on other features is refused.
 */
export const ReviewModel = z
  .object({
    features: z.array(z.string()),
    /** Each feature is standardised, (x - mean) / scale, before its weight applies. */
    mean: z.array(z.number()),
    scale: z.array(z.number().positive()),
    weights: z.array(z.number()),
    bias: z.number(),
    /** Incidents scored at or above it are marked for review. */
    threshold: z.number().min(0).max(1),
    /** How it was trained and how well it ranked drafts it had not seen, for the README. */
    trainedOn: z.object({
      incidents: z.number().int(),
      wrong: z.number().int(),
      batches: z.number().int(),
      crossValidatedAuc: z.number(),
    }),
  })
  .strict()
  .refine((m) => m.features.join() === REVIEW_FEATURES.join(), {
    message: 'trained on other features than REVIEW_FEATURES: run npm run review:train',
  })
  .refine((m) => [m.mean, m.scale, m.weights].every((v) => v.length === m.features.length), {
    message: 'mean, scale and weights need one value per feature',
  });
export type ReviewModel = z.infer<typeof ReviewModel>;

/** The model's chance, 0–1, that the incident with these features is wrong. */
export function reviewScore(model: ReviewModel, features: readonly number[]): number {
  let z = model.bias;
  features.forEach((x, i) => (z += (model.weights[i]! * (x - model.mean[i]!)) / model.scale[i]!));
  return 1 / (1 + Math.exp(-z));
}
