import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { isMainModule, runCliMain, type CliIo } from '../cli-main.js';
import type { Incident } from '../../content/schema.js';
import { REVIEW_FEATURES, reviewFeatures } from './features.js';
import { fitLogistic, rocAuc, thresholdAtPrecision } from './fit.js';
import { reviewScore, type ReviewModel } from './model.js';
import { TrainingArticle } from './training-rows.js';

const WEIGHTS_FILE = 'src/intake/review/review-weights.ts';
const FOLDS = 5;
/** An incident marked for review is wrong at least this often on batches the model had not seen. */
const PRECISION = 0.5;

interface Example {
  batch: string;
  features: number[];
  wrong: number;
}

/**
 * `npm run review:train -- ROWS...`: fits the review model on the rows of review:collect and writes
 * its weights. Background incidents (matched an optional gold one) teach nothing and are left out.
 * The threshold and the AUC it reports come from cross-validation over whole batches, so a batch is
 * never scored by a model that saw it.
 */
async function train(io: CliIo): Promise<number> {
  if (io.argv.length === 0) {
    io.stderr('usage: review:train ROWS...');
    return 2;
  }
  const examples = io.argv.flatMap((file) => examplesOf(file));
  const batches = [...new Set(examples.map((e) => e.batch))].sort();
  const fold = new Map(batches.map((b, i) => [b, i % FOLDS]));
  const scores = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (e: Example) => fold.get(e.batch) === k;
    const model = modelOf(
      examples.filter((e) => !inFold(e)),
      1,
    );
    examples.forEach((e, i) => {
      if (inFold(e)) scores[i] = reviewScore(model, e.features);
    });
  }
  const labels = examples.map((e) => e.wrong);
  const crossValidatedAuc = rocAuc(scores, labels);
  const threshold = thresholdAtPrecision(scores, labels, PRECISION);
  const model: ReviewModel = {
    ...modelOf(examples, threshold),
    trainedOn: {
      incidents: examples.length,
      wrong: labels.filter((l) => l === 1).length,
      batches: batches.length,
      crossValidatedAuc: Number(crossValidatedAuc.toFixed(3)),
    },
  };
  writeFileSync(WEIGHTS_FILE, weightsModule(model));
  execFileSync('npx', ['prettier', '--write', WEIGHTS_FILE]);
  io.log.info({ ...model.trainedOn, threshold: model.threshold }, 'review model written');
  return 0;
}

function examplesOf(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const a = TrainingArticle.parse(JSON.parse(line));
      const article = { published: a.published, language: a.language, incidents: a.incidents as Incident[] };
      return a.outcomes.flatMap((outcome, i) =>
        outcome === 'background'
          ? []
          : [{ batch: a.batch, features: reviewFeatures(article, i), wrong: outcome === 'wrong' ? 1 : 0 }],
      );
    });
}

function modelOf(examples: readonly Example[], threshold: number): ReviewModel {
  const fitted = fitLogistic(
    examples.map((e) => e.features),
    examples.map((e) => e.wrong),
  );
  const round = (v: number[]) => v.map((x) => Number(x.toFixed(4)));
  return {
    features: [...REVIEW_FEATURES],
    mean: round(fitted.mean),
    scale: round(fitted.scale),
    weights: round(fitted.weights),
    bias: Number(fitted.bias.toFixed(4)),
    threshold: Number(threshold.toFixed(3)),
    trainedOn: { incidents: 0, wrong: 0, batches: 0, crossValidatedAuc: 0 },
  };
}

function weightsModule(model: ReviewModel): string {
  return [
    '// Written by `npm run review:train` (src/intake/review/train-cli.ts); do not edit by hand.',
    `export const REVIEW_WEIGHTS = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
}

if (isMainModule(import.meta.url, '/intake/review/train-cli.ts')) runCliMain('review:train', train);
