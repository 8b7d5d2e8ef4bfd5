import type { Incident } from '../../content/schema.js';
import { reviewFeatures, type ReviewedArticle } from './features.js';
import { reviewScore, type ReviewModel } from './model.js';

/**
 * The incidents with a `review-suggested` check on those the model scores at or above its threshold:
 * drafts of the kind that were wrong at least half the time on batches nobody had tuned for. The
 * check tells an editor where to look first; the incident itself is kept as drafted.
 */
export function markForReview(
  incidents: readonly Incident[],
  article: Omit<ReviewedArticle, 'incidents'>,
  model: ReviewModel,
): Incident[] {
  const reviewed = { ...article, incidents };
  return incidents.map((x, i) =>
    reviewScore(model, reviewFeatures(reviewed, i)) >= model.threshold
      ? { ...x, checks: [...(x.checks ?? []), { reason: 'review-suggested' }] }
      : x,
  );
}
