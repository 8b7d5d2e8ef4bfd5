import { describe, expect, it } from 'vitest';
import { runAgreementCli } from '../../src/intake/agreement-cli.js';
import { agreeArticle, countsCompatible } from '../../src/intake/eval/agreement.js';
import type { Gold, GoldIncident } from '../../src/intake/eval/gold.js';

const incident = (over: Partial<GoldIncident>): GoldIncident => ({
  date: { from: '2013-02-19', to: '2013-02-19' },
  country: 'SY',
  governorate: 'Aleppo',
  killed: null,
  wounded: null,
  ...over,
});
const gold = (...incidents: GoldIncident[]): Gold => ({
  published: '2013-02-20',
  language: 'en',
  incidents,
  figures: [],
});

describe('countsCompatible', () => {
  it('takes a value in common, null as 0, and "any" as anything', () => {
    expect(countsCompatible(12, 12)).toBe(true);
    expect(countsCompatible(12, 14)).toBe(false);
    expect(countsCompatible([12, 14], [14, 20])).toBe(true);
    expect(countsCompatible([12, 14], 13)).toBe(false);
    expect(countsCompatible(null, 0)).toBe(true);
    expect(countsCompatible(null, 3)).toBe(false);
    expect(countsCompatible('any', 7)).toBe(true);
    expect(countsCompatible(null, 'any')).toBe(true);
  });
});

describe('agreeArticle', () => {
  it('pairs the same events and counts those whose casualties are compatible', () => {
    const first = gold(incident({ killed: 19 }), incident({ governorate: 'Homs', killed: 2, wounded: 5 }));
    const second = gold(
      incident({ governorate: 'Homs', killed: [2, 3], wounded: 5 }),
      incident({ killed: 18 }),
    );
    expect(agreeArticle('a', first, second)).toEqual({
      name: 'a',
      first: 2,
      second: 2,
      matched: 2,
      casualtiesAgree: 1,
    });
  });

  it('leaves out optional incidents, and an event one annotator did not count is unmatched', () => {
    const first = gold(incident({ killed: 19 }), incident({ governorate: null, killed: 142 }));
    const second = gold(incident({ killed: 19 }), incident({ governorate: 'Damascus', optional: true }));
    expect(agreeArticle('b', first, second)).toEqual({
      name: 'b',
      first: 2,
      second: 1,
      matched: 1,
      casualtiesAgree: 1,
    });
  });

  it('never pairs events on days that do not overlap or in other governorates', () => {
    const first = gold(incident({ killed: 4 }));
    const second = gold(
      incident({ killed: 4, date: { from: '2013-02-17', to: '2013-02-18' } }),
      incident({ killed: 4, governorate: 'Idlib' }),
    );
    expect(agreeArticle('c', first, second).matched).toBe(0);
  });
});

describe('eval:agreement CLI', () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAgreementCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
    return { code, out, err };
  };

  it('prints the second annotation of probe-zzzzl against the first, with its total', async () => {
    const { code, out } = await run(['tests/intake/probe-zzzzl', 'tests/intake/agreement/probe-zzzzl']);
    expect(code).toBe(0);
    expect(out).toHaveLength(26);
    expect(out.at(-1)!.split(/\s+/)).toEqual(['TOTAL', '61', '57', '56', '0.95', '0.918', '(56/61)']);
  });

  it('names its usage when a folder is missing', async () => {
    const { code, err } = await run(['tests/intake/probe-zzzzl']);
    expect(code).toBe(2);
    expect(err).toEqual(['usage: eval:agreement FIRST_DIR SECOND_DIR']);
  });
});
