import { describe, expect, it } from 'vitest';
import { withoutYears, yearsWrittenAsYears } from '../../src/intake/eval/years.js';

describe('eval: gold figures the article writes as years', () => {
  it.each([
    ['The militia was formed in 2016, after the fall of the city.', 2016],
    ['Fighting has gone on since 2012 in the valley.', 2012],
    ['The dam was last repaired in March 1998.', 1998],
    ['The 2005 census counted fewer homes.', 2005],
    ['Between 2014 and 2016 the road was closed.', 2014],
    ['Between 2014 and 2016 the road was closed.', 2016],
    ['The camp, open 2015-2018, held refugees.', 2018],
    ['أُغلق المعبر عام 2013 بعد المعارك.', 2013],
    ['لم تُجرَ انتخابات محلية منذ ٢٠١٣ في المحافظة.', 2013],
    ['عاد النازحون إلى القرية في 2018، بحسب المجلس.', 2018],
    ['وقعت المعركة في تشرين الثاني 2016 قرب السد.', 2016],
    ['أُنشئ السد بين عامي 1986 و1990 على النهر.', 1990],
  ])('%s → %d is a year', (text, year) => {
    expect(yearsWrittenAsYears([year], text)).toEqual([year]);
  });

  it.each([
    ['The agency registered 2016 families in the camp.', 2016],
    ['Rains damaged 1950 homes in the district.', 1950],
    ['وصل إلى المخيم 2012 نازحاً خلال أسبوع.', 2012],
    ['سُجلت الإصابات في 1999 منزلاً في الريف.', 1999],
    // written as a year once, as a count once: it is a count somewhere, so it is kept
    ['The office opened in 2015. It has registered 2015 returnees.', 2015],
    // a thousands separator makes it a quantity, not a year
    ['In 2021 the agency counted 2,020 tents.', 2020],
    ['Aid reached 2019 people in 2020.', 2019],
  ])('%s → %d is not', (text, value) => {
    expect(yearsWrittenAsYears([value], text)).toEqual([]);
  });

  it('only ever sets aside plausible years (1900–2100) the text gives', () => {
    expect(yearsWrittenAsYears([1850, 2150, 2017], 'Built in 1850, closed in 2150 and in 2017.')).toEqual([
      2017,
    ]);
    expect(yearsWrittenAsYears([2017], 'Nothing happened that year.')).toEqual([]);
  });

  it('takes the years out of the gold figures and leaves the rest', () => {
    const gold = { published: '2020-01-01', language: 'en' as const, incidents: [], figures: [2014, 300] };
    expect(withoutYears(gold, 'Since 2014 the town has lost 300 homes.').figures).toEqual([300]);
  });
});
