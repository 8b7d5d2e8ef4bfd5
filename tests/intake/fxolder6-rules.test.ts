// Rules from the fxolder6 round (issue 12, old events retold in court stories): the crime a ruling
// names ("عن جريمة تفجير") is the deed judged, its dead told after the one sentenced; Ramadan of a
// year dates the old deed; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/intake/dates/dates.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

const datesOf = (text: string, published: string): [string, string][] =>
  findDates(matchView(text), { published, anchor: null }).map((d) => [d.date.from, d.date.to]);

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

describe("Ramadan of a year: the old deed's month, not the last Ramadan", () => {
  it('"في شهر رمضان من عام 2009", "during Ramadan 2012"', () => {
    expect(datesOf('وقع التفجير في شهر رمضان من عام 2009', '2019-07-16')).toEqual([
      ['2009-08-21', '2009-09-20'],
    ]);
    expect(datesOf('the attack took place during Ramadan 2012', '2019-07-16')).toEqual([
      ['2012-07-20', '2012-08-19'],
    ]);
  });
});
