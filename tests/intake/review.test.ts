import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/content/schema.js';
import { draftOutcomes } from '../../src/intake/eval/score.js';
import { ingest } from '../../src/intake/ingest.js';
import type { GoldIncident } from '../../src/intake/eval/gold.js';
import { REVIEW_FEATURES, reviewFeatures } from '../../src/intake/review/features.js';
import { fitLogistic, rocAuc, thresholdAtPrecision } from '../../src/intake/review/fit.js';
import { markForReview } from '../../src/intake/review/mark-for-review.js';
import { ReviewModel, reviewScore } from '../../src/intake/review/model.js';
import { REVIEW_WEIGHTS } from '../../src/intake/review/review-weights.js';

function incident(over: Partial<Incident> & { day: string; governorate: string | null }): Incident {
  const { day, governorate, ...rest } = over;
  return {
    id: 'x',
    date: { from: day, to: day, precision: 'day', text: 'on Saturday' },
    place: {
      country: 'IQ',
      governorate: governorate ? { en: governorate } : null,
      district: null,
      locality: null,
      precision: governorate ? 'governorate' : 'country',
      text: governorate,
    },
    actors: [],
    event: { type: 'explosions_remote_violence', subType: 'remote_explosive_landmine_ied' },
    target: null,
    killed: 2,
    wounded: null,
    description: { en: 'A roadside bomb.' },
    ...rest,
  };
}

const gold = (day: string, governorate: string, killed: number, optional = false): GoldIncident => ({
  date: { from: day, to: day },
  country: 'IQ',
  governorate,
  district: null,
  locality: null,
  killed,
  wounded: null,
  ...(optional ? { optional: true } : {}),
});

describe('review features', () => {
  const article = {
    published: '2023-03-13',
    language: 'en' as const,
    incidents: [
      incident({ day: '2023-03-11', governorate: 'Baghdad' }),
      incident({
        day: '2023-03-13',
        governorate: 'Baghdad',
        killed: null,
        date: { from: '2023-03-13', to: '2023-03-13', precision: 'day', text: null },
        checks: [{ reason: 'date-guessed' }],
      }),
    ],
  };
  const named = (i: number) =>
    Object.fromEntries(REVIEW_FEATURES.map((f, j) => [f, reviewFeatures(article, i)[j]]));

  it('reads the checks, counts, day and neighbours the draft states, one value per named feature', () => {
    expect(reviewFeatures(article, 0)).toHaveLength(REVIEW_FEATURES.length);
    expect(named(1)).toMatchObject({
      'check:date-guessed': 1,
      'killed-unknown': 1,
      'no-casualties': 1,
      'no-date-words': 1,
      'on-publication-day': 1,
      'first-incident': 0,
      'same-governorate-and-days': 0,
    });
    expect(named(0)).toMatchObject({
      'check:date-guessed': 0,
      'killed-unknown': 0,
      'log-killed': Math.log1p(2),
      'log-days-before-publication': Math.log1p(2),
      'first-incident': 1,
      'place:governorate': 1,
      'log-incidents-in-article': Math.log(2),
    });
  });

  it('counts another incident of the same governorate and days, and one with the same toll', () => {
    const twice = { ...article, incidents: [article.incidents[0]!, article.incidents[0]!] };
    const values = Object.fromEntries(REVIEW_FEATURES.map((f, j) => [f, reviewFeatures(twice, 1)[j]]));
    expect(values).toMatchObject({ 'same-governorate-and-days': 1, 'same-killed': 1, 'overlapping-days': 1 });
  });
});

describe('draft outcomes under the scoring rule', () => {
  it('right when matched with agreeing casualties, wrong when not, or when matched to nothing; background for an optional match', () => {
    const golds = [
      gold('2023-03-11', 'Baghdad', 2),
      gold('2023-03-12', 'Anbar', 5),
      gold('2023-02-01', 'Diyala', 1, true),
    ];
    const drafted = [
      incident({ day: '2023-03-11', governorate: 'Baghdad' }),
      incident({ day: '2023-03-12', governorate: 'Anbar', killed: 4 }),
      incident({ day: '2023-03-12', governorate: 'Nineveh' }),
      incident({ day: '2023-02-01', governorate: 'Diyala', killed: 1 }),
    ];
    expect(draftOutcomes(drafted, golds)).toEqual(['right', 'wrong', 'wrong', 'background']);
  });
});

describe('fitting and measuring the model', () => {
  const xs = [[-2], [-1], [-0.5], [0.5], [1], [2]];
  const ys = [0, 0, 0, 1, 1, 1];

  it('learns a positive weight for a feature that marks the wrong drafts, the same weights every time', () => {
    const fitted = fitLogistic(xs, ys);
    expect(fitted.weights[0]).toBeGreaterThan(0);
    expect(fitLogistic(xs, ys)).toEqual(fitted);
  });

  it('ranks: AUC 1 when every wrong draft scores higher, 0 when every one scores lower, 0.5 for ties', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });

  it('puts the threshold at the lowest score above which at least the asked share is wrong', () => {
    // from the top: 0.9 wrong, 0.8 right, 0.7 wrong, 0.6 right, 0.5 right
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5];
    const labels = [1, 0, 1, 0, 0];
    expect(thresholdAtPrecision(scores, labels, 0.5)).toBe(0.6);
    expect(thresholdAtPrecision(scores, labels, 0.7)).toBe(0.9);
    expect(thresholdAtPrecision(scores, labels, 1.01)).toBe(1);
  });
});

describe('the committed review model', () => {
  const model = ReviewModel.parse(REVIEW_WEIGHTS);

  it('was trained on REVIEW_FEATURES as they are now, and refuses weights for other features', () => {
    expect(model.features).toEqual([...REVIEW_FEATURES]);
    const other = { ...REVIEW_WEIGHTS, features: [...REVIEW_WEIGHTS.features.slice(1), 'renamed'] };
    expect(() => ReviewModel.parse(other)).toThrow(/npm run review:train/);
  });

  it('marks the drafts it scores at or above its threshold, and keeps the others as drafted', () => {
    const drafted = [
      incident({ day: '2023-03-11', governorate: 'Baghdad' }),
      incident({ day: '2023-03-13', governorate: null }),
    ];
    const article = { published: '2023-03-13', language: 'en' as const };
    const scores = drafted.map((_, i) =>
      reviewScore(model, reviewFeatures({ ...article, incidents: drafted }, i)),
    );
    const marked = markForReview(drafted, article, { ...model, threshold: (scores[0]! + scores[1]!) / 2 });
    const low = scores[0]! < scores[1]! ? 0 : 1;
    expect(marked[low]).toBe(drafted[low]);
    expect(marked[1 - low]!.checks).toEqual([{ reason: 'review-suggested' }]);
  });
});

describe('ingest with the committed model', () => {
  it('marks a second attack told with no count and no day of its own, not the blast told in full', () => {
    const raw = [
      'Attacks in Iraq',
      '',
      'A roadside bomb killed two soldiers near Baiji on Saturday, security sources said.',
      '',
      'Gunmen also attacked a checkpoint in Diyala, police said.',
    ].join('\n');
    const result = ingest(raw, { published: '2023-03-13' });
    if (!result.ok) throw new Error(result.error);
    const marked = result.draft.incidents.map((x) =>
      (x.checks ?? []).some((c) => c.reason === 'review-suggested'),
    );
    expect(result.draft.incidents.map((x) => x.place.governorate?.en)).toEqual(['Salahuddin', 'Diyala']);
    expect(marked).toEqual([false, true]);
  });
});
