import { describe, expect, it } from 'vitest';
import { describeIncident, generatedDescription } from '../../src/intake/drafts/describe.js';
import type { ExtractedIncident } from '../../src/intake/incidents/incident-types.js';
import { arPhrases, enPhrases, PHRASES } from '../../src/intake/drafts/phrases.js';

const incident = (over: Partial<ExtractedIncident> = {}): ExtractedIncident => ({
  date: { from: '2023-03-11', to: '2023-03-11', precision: 'day', text: 'on Saturday' },
  place: {
    country: 'SY',
    governorate: { en: 'Aleppo', ar: 'حلب' },
    district: { en: 'al-Bab', ar: 'الباب' },
    locality: null,
    precision: 'district',
    text: 'al-Bab',
  },
  event: { type: 'explosions_remote_violence', subType: 'remote_explosive_landmine_ied' },
  actors: [],
  targets: [],
  checks: [],
  suspected: [],
  killed: 2,
  attackersKilled: null,
  wounded: 3,
  source: 'Two children were killed and three other people wounded on Saturday when ordnance blew up.',
  sentences: [0],
  separate: false,
  ...over,
});

const suspectedAttack = incident({
  actors: ['isis'],
  suspected: ['isis'],
  event: { type: 'violence_against_civilians', subType: 'attack' },
  killed: 3,
  wounded: null,
});

describe('generated descriptions', () => {
  it.each([
    [incident(), 'ar', 'انفجار عبوة ناسفة أو لغم في الباب، حلب: قتيلان، 3 جرحى'],
    [
      incident({ actors: ['isis'], killed: 11, wounded: null }),
      'ar',
      'انفجار عبوة ناسفة أو لغم نفذه داعش في الباب، حلب: 11 قتيلاً',
    ],
    [
      incident({
        actors: ['unknown_gunmen'],
        event: { type: 'violence_against_civilians', subType: 'attack' },
        killed: 1,
        wounded: null,
      }),
      'en',
      'Attack by unknown gunmen in al-Bab, Aleppo: 1 killed',
    ],
    [suspectedAttack, 'en', 'Attack by ISIS (suspected) in al-Bab, Aleppo: 3 killed'],
    [suspectedAttack, 'ar', 'هجوم نفذه داعش (مشتبه به) في الباب، حلب: 3 قتلى'],
    [
      incident({
        killed: null,
        wounded: null,
        place: {
          country: 'SY',
          governorate: { en: 'Homs', ar: 'حمص' },
          district: null,
          locality: { en: 'desert east of Homs' },
          precision: 'locality',
          text: 'desert east of Homs',
        },
      }),
      'en',
      'Explosive device or landmine blast in Homs',
    ],
  ] as const)('%#: %s', (x, lang, expected) => {
    expect(generatedDescription(x, lang, PHRASES[lang])).toBe(expected);
  });

  it("keeps the article's words in its language and generates the other one", () => {
    expect(describeIncident(incident(), 'en', PHRASES)).toEqual({
      en: 'Two children were killed and three other people wounded on Saturday when ordnance blew up.',
      ar: 'انفجار عبوة ناسفة أو لغم في الباب، حلب: قتيلان، 3 جرحى',
    });
  });

  it('has Arabic plural forms for casualty counts', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 103].map((n) => arPhrases.killed(n))).toEqual([
      'لا قتلى',
      'قتيل واحد',
      'قتيلان',
      '3 قتلى',
      '10 قتلى',
      '11 قتيلاً',
      '99 قتيلاً',
      '100 قتيل',
      '103 قتلى',
    ]);
    expect(enPhrases.wounded(1)).toBe('1 wounded');
  });
});
