import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/content/schema.js';
import type { Gold, GoldIncident } from '../../src/intake/eval/gold.js';
import { countAgrees, formatReport, incidentMatches, score } from '../../src/intake/eval/score.js';

const incident = (
  from: string,
  to: string,
  governorate: string | null,
  killed: number | null,
  wounded: number | null,
): Incident => ({
  id: 'x',
  date: { from, to, precision: 'day', text: null },
  place: {
    country: 'IQ',
    governorate: governorate ? { en: governorate } : null,
    district: null,
    locality: null,
    precision: 'governorate',
    text: null,
  },
  actors: [],
  event: { type: 'battles', subType: 'armed_clash' },
  target: null,
  killed,
  wounded,
  description: { en: 'x' },
});
const goldIncident = (
  from: string,
  to: string,
  governorate: string | null,
  killed: number | null,
  wounded: number | null,
): GoldIncident => ({
  date: { from, to },
  country: 'IQ',
  governorate,
  district: null,
  locality: null,
  killed,
  wounded,
});
const gold = (incidents: GoldIncident[], figures: number[] = []): Gold => ({
  published: '2021-10-04',
  language: 'ar',
  incidents,
  figures,
});

describe('incidentMatches', () => {
  it.each([
    [
      'overlapping dates, same governorate',
      incident('2020-10-19', '2020-10-19', 'Kirkuk', 3, null),
      goldIncident('2020-10-01', '2020-10-31', 'Kirkuk', 3, null),
      true,
    ],
    [
      'Arabic name of the governorate',
      {
        ...incident('2020-10-19', '2020-10-19', null, 3, null),
        place: {
          country: 'IQ',
          governorate: { ar: 'كركوك' },
          district: null,
          locality: null,
          precision: 'governorate',
          text: null,
        },
      } as Incident,
      goldIncident('2020-10-19', '2020-10-19', 'Kirkuk', 3, null),
      true,
    ],
    [
      'disjoint dates',
      incident('2020-09-30', '2020-09-30', 'Kirkuk', 3, null),
      goldIncident('2020-10-01', '2020-10-31', 'Kirkuk', 3, null),
      false,
    ],
    [
      'other governorate',
      incident('2020-10-19', '2020-10-19', 'Diyala', 3, null),
      goldIncident('2020-10-19', '2020-10-19', 'Kirkuk', 3, null),
      false,
    ],
    [
      'gold without governorate',
      incident('2020-10-19', '2020-10-19', 'Diyala', 3, null),
      goldIncident('2020-10-19', '2020-10-19', null, 3, null),
      true,
    ],
  ] as const)('%s', (_name, x, g, expected) => {
    expect(incidentMatches(x, g)).toBe(expected);
  });
});

describe('score', () => {
  it('matches each incident once, preferring pairs whose casualties agree', () => {
    const report = score(
      [
        {
          name: 'a',
          draft: {
            incidents: [
              incident('2021-10-01', '2021-10-31', 'Anbar', 4, 3),
              incident('2021-10-02', '2021-10-02', 'Anbar', 3, 2),
            ],
            figures: [],
          },
        },
      ],
      {
        a: gold([
          goldIncident('2021-10-02', '2021-10-02', 'Anbar', 3, 2),
          goldIncident('2021-10-01', '2021-10-31', 'Anbar', 4, 3),
        ]),
      },
    );
    expect(report.total).toMatchObject({
      matched: 2,
      casualtiesAgree: 2,
      datesAgree: 2,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('grows the matching without taking an incident from the gold its casualties agree with', () => {
    // the first incident agrees with the first gold and overlaps the second; the second incident
    // overlaps both and agrees with neither: it takes the second gold, the agreeing pair stays
    const report = score(
      [
        {
          name: 'a',
          draft: {
            incidents: [
              incident('2021-10-01', '2021-10-01', 'Anbar', 4, null),
              incident('2021-10-01', '2021-10-15', 'Anbar', 5, null),
            ],
            figures: [],
          },
        },
      ],
      {
        a: gold([
          goldIncident('2021-10-01', '2021-10-01', 'Anbar', 4, null),
          goldIncident('2021-10-01', '2021-10-31', 'Anbar', 9, null),
        ]),
      },
    );
    expect(report.total).toMatchObject({ matched: 2, casualtiesAgree: 1 });
  });

  it('counts misses, extras, null-as-zero casualties and figures', () => {
    const report = score(
      [
        {
          name: 'b',
          draft: {
            incidents: [
              incident('2021-10-02', '2021-10-02', 'Anbar', 0, null),
              incident('2021-10-02', '2021-10-02', 'Basra', 1, null),
            ],
            figures: [{ value: 27, approximate: false, unit: null, label: { ar: 'هجوم' } }],
          },
        },
        { name: 'empty', draft: { incidents: [], figures: [] } },
        {
          name: 'no-gold',
          draft: { incidents: [incident('2021-10-02', '2021-10-02', 'Anbar', 0, null)], figures: [] },
        },
      ],
      {
        b: gold(
          [
            goldIncident('2021-10-01', '2021-10-03', 'Anbar', null, null),
            goldIncident('2021-10-01', '2021-10-01', 'Nineveh', 1, null),
          ],
          [27, 2017],
        ),
        empty: gold([]),
        missing: gold([goldIncident('2021-10-01', '2021-10-01', 'Nineveh', 1, null)]),
      },
    );
    expect(report.articles[0]).toMatchObject({
      extracted: 2,
      gold: 2,
      matched: 1,
      precision: 0.5,
      recall: 0.5,
      casualties: 0.5,
      dates: 1,
      figures: 0.5,
    });
    expect(report.articles.map((a) => a.name)).toEqual(['b', 'empty', 'missing']);
    expect(report.articles[1]).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    // a gold article without a draft finds nothing; a draft without gold is not scored
    expect(report.articles[2]).toMatchObject({ extracted: 0, gold: 1, recall: 0 });
    expect(report.total).toMatchObject({ extracted: 2, gold: 3, matched: 1 });
  });

  it('prints a table with one line per article and a total', () => {
    const lines = formatReport(
      score([{ name: 'only', draft: { incidents: [], figures: [] } }], { only: gold([]) }),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^article\s+extr\s+gold/);
    expect(lines[2]).toMatch(/^TOTAL/);
  });
});

describe('gold counts', () => {
  it.each([
    [3, 3, true],
    [null, null, true],
    [0, null, true],
    [2, null, false],
    [5, 'any', true],
    [null, 'any', true],
    [14, [14, 19], true],
    [19, [14, 19], true],
    [16, [14, 19], false],
    [{ low: 14, high: 19 }, [14, 19], true],
    [{ low: 3, high: 5 }, 3, false],
    [{ low: 3, high: 3 }, 3, true],
  ] as const)('%j against gold %j: %s', (value, gold, expected) => {
    expect(countAgrees(value as never, gold as never)).toBe(expected);
  });
});

describe('optional gold, dates inside the range, roles', () => {
  it('an optional (background) incident neither rewards nor costs; dates count when inside the gold range', () => {
    const golds = {
      a: gold([
        goldIncident('2021-10-01', '2021-10-02', 'Anbar', 2, null),
        { ...goldIncident('2021-09-01', '2021-09-30', 'Anbar', null, null), optional: true },
      ]),
    };
    const matchedBoth = score(
      [
        {
          name: 'a',
          draft: {
            incidents: [
              incident('2021-10-01', '2021-10-03', 'Anbar', 2, null),
              incident('2021-09-10', '2021-09-10', 'Anbar', null, null),
            ],
            figures: [],
          },
        },
      ],
      golds,
    );
    expect(matchedBoth.total).toMatchObject({
      extracted: 1,
      gold: 1,
      matched: 1,
      precision: 1,
      recall: 1,
      casualtiesAgree: 1,
      datesAgree: 0,
    });
    const onlyMain = score(
      [
        {
          name: 'a',
          draft: { incidents: [incident('2021-10-02', '2021-10-02', 'Anbar', 2, null)], figures: [] },
        },
      ],
      golds,
    );
    expect(onlyMain.total).toMatchObject({ extracted: 1, gold: 1, matched: 1, f1: 1, dates: 1 });
  });

  it('scores actors (suspected kept apart) and event types of matched incidents that have role gold', () => {
    const x = {
      ...incident('2021-10-02', '2021-10-02', 'Anbar', 2, null),
      actors: [{ en: 'ISIS (suspected)' }],
    };
    const y = {
      ...incident('2021-10-02', '2021-10-02', 'Diyala', 1, null),
      actors: [{ ar: 'داعش' }],
      event: { type: 'violence_against_civilians', subType: 'attack' },
    } as Incident;
    const report = score(
      [{ name: 'a', draft: { incidents: [x, y], figures: [] } }],
      {
        a: gold([
          goldIncident('2021-10-02', '2021-10-02', 'Anbar', 2, null),
          goldIncident('2021-10-02', '2021-10-02', 'Diyala', 1, null),
        ]),
      },
      {
        a: [
          { incident: 0, actors: ['isis'], suspected: true, eventType: 'battles' },
          { incident: 1, actors: ['isis'], eventType: 'battles' },
        ],
      },
    );
    expect(report.total).toMatchObject({ roles: 2, actorsAgree: 2, eventsAgree: 1 });
  });
});

describe('optional gold takes only what the required gold left', () => {
  it('never parts an incident from the required gold whose casualties it agrees with', () => {
    const golds = {
      a: gold([
        goldIncident('2021-10-01', '2021-10-01', 'Anbar', 4, 7),
        goldIncident('2021-10-01', '2021-10-01', 'Anbar', 3, null),
        goldIncident('2021-09-01', '2021-09-01', 'Anbar', 6, null),
        { ...goldIncident('2021-10-01', '2021-10-01', 'Anbar', null, null), optional: true },
      ]),
    };
    const report = score(
      [
        {
          name: 'a',
          draft: {
            incidents: [
              incident('2021-10-01', '2021-10-01', 'Anbar', 4, 7),
              incident('2021-10-01', '2021-10-01', 'Anbar', 3, null),
              incident('2021-10-01', '2021-10-01', 'Anbar', 6, null),
            ],
            figures: [],
          },
        },
      ],
      golds,
    );
    // the third incident (a wrong day) matches only the optional one: no cost, no reward
    expect(report.total).toMatchObject({ extracted: 2, gold: 3, matched: 2, casualtiesAgree: 2 });
  });
});
