// Rules from the fxnodraft10 round (issue 12, gold incidents never drafted, and dates and places):
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a town spelt as wire copy spells it: Suwayra, in Wasit', () => {
  it('"…wounded three in Suwayra, 50 km south of Baghdad": Wasit, not Baghdad', () => {
    expect(
      ingested(
        'Bomb hits police in Iraq',
        [
          'A roadside bomb wounded three policemen on Tuesday in Suwayra, 50 km (30 miles) south of Baghdad, police said.',
        ],
        '2010-03-03',
      ),
    ).toEqual([{ from: '2010-03-02', to: '2010-03-02', governorate: 'Wasit', killed: null, wounded: 3 }]);
  });
});

describe('the deed a court judged or a defendant confessed to: an incident of the trial story, however old', () => {
  it('"…متهم اعترف بتفجير عبوة ناسفة … في شهر أيار من عام 2015، ما أدى إلى مقتل…"', () => {
    expect(
      ingested(
        'السجن المؤبد لمدان بتفجير في كركوك',
        [
          'أصدرت محكمة جنايات كركوك، اليوم الأحد، حكماً بالسجن المؤبد بحق مدان بالإرهاب.',
          'وذكر مجلس القضاء الأعلى في بيان أن "المحكمة نظرت قضية متهم اعترف بتفجير عبوة ناسفة قرب سوق شعبي في قضاء الحويجة في شهر أيار من عام 2015، ما أدى إلى مقتل خمسة مواطنين وإصابة عشرة آخرين".',
        ],
        '2019-02-10',
      ),
    ).toEqual([{ from: '2015-05-01', to: '2015-05-31', governorate: 'Kirkuk', killed: 5, wounded: 10 }]);
  });
});

describe('a day told by its ordinal "of the month" or "of the same month": the day, in the month told', () => {
  it('"…يوم ٩ شباط، فيما قتل … في الثامن عشر من الشهر ذاته": 18 February, not the 9th', () => {
    expect(
      ingested(
        'حصيلة شباط في صلاح الدين',
        [
          'وقال مصدر أمني إن "أبرز الحوادث كان مقتل جنديين بانفجار عبوة ناسفة في قضاء بيجي يوم ٩ شباط، فيما قتلت قوة من الشرطة ثلاثة إرهابيين في الثامن عشر من الشهر ذاته في قضاء الشرقاط".',
        ],
        '2020-03-02',
      ),
    ).toEqual([
      { from: '2020-02-09', to: '2020-02-09', governorate: 'Salahuddin', killed: 2, wounded: null },
      { from: '2020-02-18', to: '2020-02-18', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });

  it('"فجر العاشر من الشهر" in a report of last month put out on the 1st: the 10th of last month', () => {
    expect(
      ingested(
        'حصيلة كانون الثاني في ديالى',
        [
          'وأضاف أن "أبرز العمليات كانت كميناً نصبته قوة من الجيش فجر العاشر من الشهر في حوض حمرين، أسفر عن مقتل خمسة إرهابيين".',
        ],
        '2021-02-01',
      ),
    ).toEqual([{ from: '2021-01-10', to: '2021-01-10', governorate: 'Diyala', killed: 5, wounded: null }]);
  });
});
