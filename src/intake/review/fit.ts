/**
 * Logistic regression by full-batch gradient descent on standardised features, with an L2 penalty:
 * deterministic (no random start, a fixed number of steps), so the same rows give the same weights.
 */
export interface Fitted {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  steps: number;
  rate: number;
  l2: number;
}

export const FIT_DEFAULTS: FitOptions = { steps: 1500, rate: 1, l2: 1 };

export function fitLogistic(xs: readonly number[][], ys: readonly number[], opts = FIT_DEFAULTS): Fitted {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / n);
  const scale = mean.map((m, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - m) ** 2, 0) / n) || 1);
  const zs = xs.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let step = 0; step < opts.steps; step++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    zs.forEach((z, i) => {
      const p = predict(weights, bias, z);
      const err = p - ys[i]!;
      z.forEach((v, j) => (grad[j]! += err * v));
      gradBias += err;
    });
    weights.forEach((w, j) => (weights[j] = w - (opts.rate * (grad[j]! + opts.l2 * w)) / n));
    bias -= (opts.rate * gradBias) / n;
  }
  return { mean, scale, weights, bias };
}

function predict(weights: readonly number[], bias: number, z: readonly number[]): number {
  const s = z.reduce((acc, v, j) => acc + weights[j]! * v, bias);
  return 1 / (1 + Math.exp(-s));
}

/** Area under the ROC curve: the chance that a random wrong draft scores above a random right one. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const rank = (i + j + 1) / 2; // ties share their mean rank
    for (let k = i; k < j; k++) {
      if (order[k]![1] !== 1) continue;
      rankSum += rank;
      positives++;
    }
    i = j;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * The lowest score at which the drafts scored at or above it are wrong at least `precision` of the
 * time: an editor told to check them finds a fault in at least that share. 1 when no score does.
 */
export function thresholdAtPrecision(
  scores: readonly number[],
  labels: readonly number[],
  precision: number,
): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => b[0] - a[0]);
  let wrong = 0;
  let best = 1;
  order.forEach(([score, label], k) => {
    wrong += label;
    const next = order[k + 1];
    if (next?.[0] === score) return; // a threshold cannot split equal scores
    if (wrong / (k + 1) >= precision) best = score;
  });
  return best;
}
