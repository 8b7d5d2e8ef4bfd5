// Rules from the fxdates35 round (issue 12, dates): the event named back with the day of the month
// it happened on, a day or two before the weekday the lead told, is that event on its written day.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe("the device named back going off on a written day before the lead's weekday", () => {
  it('"the bomb went off on the night of Friday, March 4" after a lead that said Saturday', () => {
    expect(
      ingested(
        'Farmer killed by roadside bomb near Tuz Khurmatu',
        [
          'A farmer was killed and his son was wounded on Saturday when a roadside bomb exploded near a village east of Tuz Khurmatu, in Salahuddin province, police said on Sunday.',
          'A police officer said the bomb went off on the night of Friday, March 4, as the two were driving their tractor back from the fields. The son was taken to hospital on Saturday morning.',
        ],
        '2022-03-06',
      ),
    ).toEqual([{ from: '2022-03-04', to: '2022-03-04', governorate: 'Salahuddin', killed: 1, wounded: 1 }]);
  });

  it('"وقال المصدر إن العبوة انفجرت مساء الأحد 6 آذار" after a lead that said yesterday, Monday', () => {
    expect(
      ingested(
        'مقتل مزارع بانفجار عبوة في ديالى',
        [
          'أفاد مصدر أمني في محافظة ديالى، اليوم الثلاثاء، بمقتل مزارع وإصابة شقيقه أمس الاثنين بانفجار عبوة ناسفة في بستان قرب قضاء المقدادية.',
          'وقال المصدر إن العبوة انفجرت مساء الأحد 6 آذار أثناء عودة الشقيقين من البستان، ولم يعثر على الجريح إلا صباح الاثنين.',
        ],
        '2022-03-08',
      ),
    ).toEqual([{ from: '2022-03-06', to: '2022-03-06', governorate: 'Diyala', killed: 1, wounded: 1 }]);
  });
});
