// Rules found on counts (issue 12, fixer fxcounts29): casualties told as none beside a toll, the day
// after its month read as a count, a month's total "alone" taken as the toll of an event of that
// month, breathing difficulties as the wounded, the feminine of "ارتقى", and anyone "assassinated"
// as one dead; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, tolls } from '../support/tolls.js';

describe('casualties told as none, after a toll in the same sentence', () => {
  it('"…, and a convoy was fired on … without suffering casualties": the guards shot dead stay the toll', () => {
    expect(
      tolls(
        [
          'Gunmen shot dead three guards at a checkpoint in Samarra on Tuesday, and a supply convoy was fired on near Tikrit without suffering casualties, police said.',
        ],
        'en',
        '2008-02-13',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"…, and a rocket fell … without causing casualties": the wounded stay the toll', () => {
    expect(
      tolls(
        [
          'A bomb hidden in a cart wounded five shoppers at a market in Hilla on Sunday, and a rocket fell in an empty lot nearby without causing casualties.',
        ],
        'en',
        '2009-06-15',
      ),
    ).toEqual([{ killed: null, wounded: 5 }]);
  });
});

describe('casualties told as none, before the toll of another event', () => {
  it('"causing no casualties, a week after an attack … wounded two workers": none for the rockets', () => {
    expect(
      tolls(
        [
          'Two rockets struck an oil depot near Chamchamal in Sulaymaniyah on Friday, causing no casualties, days after a drone attack on the same depot wounded three guards.',
        ],
        'en',
        '2022-07-02',
      ),
    ).toEqual([{ killed: 0, wounded: 0 }]);
  });
});

describe('the day told after its month is no count', () => {
  it('"In another attack October 14, a policeman was wounded": one wounded, not fourteen', () => {
    expect(
      tolls(
        [
          'In another attack October 14, a policeman was wounded when a bomb stuck to his car went off in central Kirkuk.',
        ],
        'en',
        '2009-10-20',
      ),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });

  it('"In March 12 people were wounded": the month stands as a span, and twelve are counted', () => {
    expect(
      tolls(
        ['In March 12 people were wounded when a bomb went off at a bus stop in central Kirkuk.'],
        'en',
        '2009-04-20',
      ),
    ).toEqual([{ killed: null, wounded: 12 }]);
  });
});

describe('a month\'s count "alone" is no toll of an event of that month', () => {
  it('"19 bodies were found in the province in November alone": the mortar wounded stay alone', () => {
    expect(
      incidents(
        [
          'Late Monday, a mortar round slammed into a house in Baqouba, wounding two women, police said.',
          'Police said 19 bodies were found dumped in the province in November alone.',
        ],
        'en',
        '2006-11-29',
      ),
    ).toEqual([{ from: '2006-11-27', to: '2006-11-27', governorate: 'Diyala', killed: null, wounded: 2 }]);
  });
});

describe('breathing difficulties are the wounded', () => {
  it('"About 40 people suffered breathing difficulties after shells hit …": forty wounded', () => {
    expect(
      tolls(
        [
          'About 40 people suffered breathing difficulties after shells hit the town of Kafr Zita in Hama province on Sunday, medics said.',
        ],
        'en',
        '2016-09-12',
      ),
    ).toEqual([{ killed: null, wounded: 40 }]);
  });
});

describe('"ارتقت", the feminine of "ارتقى", tells a death', () => {
  it('"ارتقت امرأة وأصيب ثلاثة أطفال": one dead and three wounded', () => {
    expect(
      tolls(
        ['ارتقت امرأة وأصيب ثلاثة أطفال بجروح جراء سقوط قذائف صاروخية على بلدة محردة اليوم.'],
        'ar',
        '2019-06-02',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('"assassinated a …": only a person is assassinated', () => {
  it('"gunmen assassinated a retired carpenter outside a mosque": one dead, whatever he was', () => {
    expect(
      tolls(['In Falluja, gunmen assassinated a retired carpenter outside a mosque.'], 'en', '2012-03-02'),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});
