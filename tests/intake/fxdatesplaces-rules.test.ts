// Rules from the fxdatesplaces round (issue 12, dates and places): a feast day is the first of the
// two days its month can begin on, unless a feast day told beside its weekday says the later; a clock
// hour before midnight told of a night is the day that night began; a total over a wide area merged
// into an undated incident does not date it; a quarter told as one of its city's, named again bare,
// is not its namesake in another country; a place told as retaken in the passive is no day of the
// event. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/intake/dates/dates.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

const days = (text: string, published: string) =>
  findDates(matchView(text), { published, anchor: null }).map((d) => [d.date.from, d.date.to]);

describe('a feast day: the first of the two days its month can begin on', () => {
  it('"ثاني أيام عيد الأضحى" 2022 is 10 July (Eid began on the 9th in Syria and Sunni Iraq)', () => {
    expect(days('سقطت قذيفة على السوق في ثاني أيام عيد الأضحى', '2022-07-13')).toEqual([
      ['2022-07-10', '2022-07-10'],
    ]);
  });

  it('"on the first day of Eid al-Fitr" 2020 is 24 May', () => {
    expect(days('A mine killed a farmer on the first day of Eid al-Fitr', '2020-05-27')).toEqual([
      ['2020-05-24', '2020-05-24'],
    ]);
  });
});

describe('a feast day told beside its weekday: the day the feast began on, for its other days', () => {
  it('"اليوم السبت، ثالث أيام عيد الأضحى" (2015: the later reading), then "أول أيام العيد"', () => {
    const found = ingested(
      'قتلى بقصف على الغوطة',
      [
        'قتل ثلاثة مدنيين اليوم السبت، ثالث أيام عيد الأضحى، بقصف مدفعي على بلدة سقبا في الغوطة الشرقية.',
        'وكان مدنيان قد قتلا أول أيام العيد بقذيفة هاون سقطت على بلدة حمورية.',
      ],
      '2015-09-26',
    );
    expect(found.map((i) => [i.from, i.to, i.killed])).toEqual([
      ['2015-09-26', '2015-09-26', 3],
      ['2015-09-24', '2015-09-24', 2],
    ]);
  });
});

describe('a clock hour before midnight told of a night: the day that night began', () => {
  it('"الساعة العاشرة والنصف من ليل أمس الأحد" is Sunday; "ليل أمس الأحد" with no hour, the two days', () => {
    expect(days('سقطت قذيفتان نحو الساعة العاشرة والنصف من ليل أمس الأحد على حي سكني', '2023-03-06')).toEqual(
      [['2023-03-05', '2023-03-05']],
    );
    expect(days('سقطت قذيفتان ليل أمس الأحد على حي سكني', '2023-03-06')).toEqual([
      ['2023-03-05', '2023-03-06'],
    ]);
  });

  it('"قرابة الساعة الحادية عشرة وعشر دقائق من ليلة الخميس"', () => {
    expect(days('انفجرت عبوة قرابة الساعة الحادية عشرة وعشر دقائق من ليلة الخميس', '2021-09-10')).toEqual([
      ['2021-09-09', '2021-09-09'],
    ]);
  });
});

describe('a total over a wide area merged into an undated incident: not its day', () => {
  it('"كما قتل شاب … سراقب", then "وكانت لجان التنسيق قد وثقت سقوط 90 قتيلاً في عموم سوريا أمس"', () => {
    const found = ingested(
      'سبعة قتلى في إدلب',
      [
        'ارتفعت حصيلة القتلى في محافظة إدلب اليوم الأربعاء إلى سبعة، سقط معظمهم بقصف مدفعي.',
        'ففي مدينة معرة النعمان، قتل أربعة مدنيين بقذائف سقطت على منازلهم.',
        'كما قتل شاب برصاص قناص عند مدخل بلدة سراقب.',
        'وكانت لجان التنسيق قد وثقت سقوط 90 قتيلاً في عموم سوريا أمس الثلاثاء، بينهم 12 في إدلب.',
      ],
      '2019-08-07',
    );
    expect(found.filter((i) => i.killed === 1).map((i) => [i.from, i.to])).toEqual([
      ['2019-08-07', '2019-08-07'],
    ]);
  });
});

describe('a quarter told as one of its city’s, named again bare: not its namesake elsewhere', () => {
  it('"حي الحمدانية في مدينة حلب", then "في الحمدانية": Aleppo, not Nineveh', () => {
    const found = ingested(
      'قتلى بقذائف على حلب',
      [
        'قتل ثلاثة مدنيين اليوم بقذائف صاروخية سقطت على حي الحمدانية في مدينة حلب.',
        'وقال مصدر في الشرطة إن المسلحين أطلقوا القذائف من الأحياء الشرقية على المنازل السكنية في الحمدانية، ما أدى إلى مقتل ثلاثة مدنيين وإصابة 12 آخرين.',
      ],
      '2016-11-02',
    );
    expect(found.map((i) => i.governorate)).toEqual(['Aleppo']);
  });
});

describe('a place told as retaken in the passive ("التي استعيدت مطلع الشهر"): its history, not the event’s day', () => {
  it('"وفي بلدة الكرابلة، التي استعيدت مطلع الشهر الجاري، قتل مدنيان مساء أمس الأحد"', () => {
    const found = ingested(
      'قتيلان بانفجار عبوة في الأنبار',
      [
        'وفي بلدة الكرابلة قرب القائم، التي استعيدت مطلع الشهر الجاري، قتل مدنيان مساء أمس الأحد بانفجار عبوة ناسفة داخل منزلهما.',
      ],
      '2017-11-20',
    );
    expect(found.map((i) => [i.from, i.to, i.killed])).toEqual([['2017-11-19', '2017-11-19', 2]]);
  });
});
