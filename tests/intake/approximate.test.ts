import { describe, expect, it } from 'vitest';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { extractFigures } from '../../src/intake/figures/figures.js';
import { PHRASES } from '../../src/intake/drafts/phrases.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const figureChecks = (text: string, lang: 'ar' | 'en') =>
  extractFigures(splitSentences([text], lang), {
    lang,
    published: '2023-04-02',
    phrases: PHRASES,
    incidents: [],
  }).map((f) => f.checks);

const casualtyChecks = (text: string, lang: 'ar' | 'en') =>
  analyseClause(text, lang, '2023-04-02', null, resolvePlace).notes.filter(
    (n) => n.reason === 'casualties-approximate',
  );

describe('the approximate-figure warning names what made it approximate', () => {
  it.each([
    ['The camp now shelters more than 4,500 families.', 'en', 'more than 4,500'],
    ['Nearly 300 houses were left without power.', 'en', 'Nearly 300'],
    ['The fund asks for roughly $12 million this year.', 'en', 'roughly $12 million'],
    ['يقيم في المخيم أكثر من 4500 عائلة.', 'ar', 'أكثر من 4500'],
    ['تضرر حوالي 300 منزل بالسيول.', 'ar', 'حوالي 300'],
    ['نزح نحو ثلاثة آلاف شخص من القرى.', 'ar', 'نحو ثلاثة آلاف'],
    ['عاد ما لا يقل عن 120 عائلة إلى الحي.', 'ar', 'ما لا يقل عن 120'],
  ] as const)('%s', (text, lang, detail) => {
    expect(figureChecks(text, lang)).toEqual([[{ reason: 'figure-approximate', detail }]]);
  });

  it('gives no warning for an exact figure', () => {
    expect(figureChecks('The camp shelters 4,500 families.', 'en')).toEqual([undefined]);
  });

  it.each([
    ['A car bomb killed at least 7 people in the market.', 'en', ['at least 7']],
    ['The blast wounded between 4 and 6 shoppers.', 'en', ['between 4 and 6']],
    ['قُتل أكثر من عشرة مدنيين بقصف على البلدة.', 'ar', ['أكثر من عشرة']],
    ['أصيب من 3 إلى 5 عمال بانفجار في المعمل.', 'ar', ['من 3 إلى 5']],
  ] as const)('casualties: %s', (text, lang, details) => {
    expect(casualtyChecks(text, lang).map((c) => c.detail)).toEqual(details);
  });
});
