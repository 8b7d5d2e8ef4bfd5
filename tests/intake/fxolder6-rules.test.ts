// Rules from the fxolder6 round (issue 12, old events retold in court stories): a sentence "for his
// role in" a deed is a ruling over it; the crime a ruling names ("عن جريمة تفجير") is the deed judged,
// its toll told after the one sentenced; a season of a year and Ramadan of a year date the old deed;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/intake/dates/dates.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

const datesOf = (text: string, published: string): [string, string][] =>
  findDates(matchView(text), { published, anchor: null }).map((d) => [d.date.from, d.date.to]);

describe('a sentence "for their role in" a deed: a ruling over the deed, dated and counted where the court tells it', () => {
  it('"sentenced two men to death and a third to 10 years in prison for their role in a bombing…", then the court\'s findings', () => {
    expect(
      ingested(
        'Court sentences three over 2021 Azaz bus station bombing',
        [
          'A court in Aleppo on Sunday sentenced two men to death and a third to 10 years in prison for their role in a truck bombing at a bus station in the town of Azaz three years ago, officials said.',
          'The court found that the men prepared the truck used in the June 3, 2021 attack, which killed 12 people and wounded 30 others.',
        ],
        '2024-05-20',
      ),
    ).toEqual([{ from: '2021-06-03', to: '2021-06-03', governorate: 'Aleppo', killed: 12, wounded: 30 }]);
  });
});

describe('the crime a ruling names by its deed: the deed judged, its toll the one told after it', () => {
  it('"أصدرت حكما بالإعدام بحق إرهابي، عن جريمة تفجير عبوة … ما أسفر عن استشهاد 14 مواطنا وإصابة 20"', () => {
    expect(
      ingested(
        'الإعدام لإرهابي',
        [
          'أعلن مجلس القضاء الأعلى، اليوم الأحد، أن محكمة جنايات صلاح الدين أصدرت حكما بالإعدام بحق إرهابي، عن جريمة تفجير عبوة ناسفة في سوق قضاء بلد في تموز من عام 2010، ما أسفر عن استشهاد 14 مواطنا وإصابة 20 آخرين.',
        ],
        '2020-03-08',
      ),
    ).toEqual([{ from: '2010-07-01', to: '2010-07-31', governorate: 'Salahuddin', killed: 14, wounded: 20 }]);
  });
});

describe("a season of a year, and Ramadan of a year: the old deed's months, not the year nor this Ramadan", () => {
  it('"in the summer of 2014", "خريف عام 2012"; not "the Arab Spring of 2011"', () => {
    expect(datesOf('the car bomb exploded in the summer of 2014', '2024-01-10')).toEqual([
      ['2014-06-01', '2014-08-31'],
    ]);
    expect(datesOf('وقع التفجير في خريف عام 2012', '2024-01-10')).toEqual([['2012-09-01', '2012-11-30']]);
    expect(datesOf('since the Arab Spring of 2011', '2024-01-10')).toEqual([['2011-01-01', '2011-12-31']]);
  });
  it('"في شهر رمضان من عام 2009", "during Ramadan 2012"', () => {
    expect(datesOf('وقع التفجير في شهر رمضان من عام 2009', '2019-07-16')).toEqual([
      ['2009-08-21', '2009-09-20'],
    ]);
    expect(datesOf('the attack took place during Ramadan 2012', '2019-07-16')).toEqual([
      ['2012-07-20', '2012-08-19'],
    ]);
  });
});
