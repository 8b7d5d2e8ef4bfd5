// Rules from the fxdates33 round (issue 12, dates): the year a law is numbered in is no time of the
// news; past a dateline's day, the "اليوم" of what is said before an earlier deed is when it was said;
// "the first day of" an operation is the day it began; "فجّرا نفسيهما" is a verb, not "at dawn". Each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the year a law or a decree is numbered in dates nothing', () => {
  it('"وفق قانون مكافحة الإرهاب رقم 13 لسنة 2005", in a ruling on a deed of its month', () => {
    expect(
      ingested(
        'الإعدام لمدان بتفجير في بعقوبة',
        [
          'أصدرت محكمة جنايات ديالى، اليوم الأحد، حكماً بالإعدام بحق مدان بقضايا إرهاب.',
          'وقال مصدر قضائي إن الحكم صدر وفق أحكام المادة الرابعة من قانون مكافحة الإرهاب رقم 13 لسنة 2005، موضحاً أن المدان اعترف بتفجير عبوة ناسفة في سوق شعبي ببعقوبة في آذار 2016، ما أسفر عن مقتل أربعة مدنيين وإصابة سبعة آخرين.',
        ],
        '2019-10-13',
      ),
    ).toEqual([{ from: '2016-03-01', to: '2016-03-31', governorate: 'Diyala', killed: 4, wounded: 7 }]);
  });

  it('"under Decree No. 7 of 2012", beside a blast told with no day', () => {
    expect(
      ingested(
        'Blast kills two in Kirkuk',
        [
          'A roadside bomb killed two policemen and wounded three in Kirkuk, where a curfew under Decree No. 7 of 2012 is in force, police said Tuesday.',
        ],
        '2014-04-16',
      ),
    ).toEqual([{ from: '2014-04-15', to: '2014-04-15', governorate: 'Kirkuk', killed: 2, wounded: 3 }]);
  });
});

describe('past a dateline’s day, the "اليوم" of what is said before an earlier deed is when it was said', () => {
  it('"البصرة 14 آذار (أصوات العراق) – تباينت الروايات، اليوم الأربعاء، حول حصيلة انفجار استهدف أمس…"', () => {
    expect(
      ingested(
        'مقتل شرطيين بانفجار في الزبير',
        [
          'البصرة 14 آذار (أصوات العراق) – تباينت الروايات، اليوم الأربعاء، حول حصيلة انفجار العبوة الناسفة الذي استهدف أمس الثلاثاء دورية للشرطة في قضاء الزبير، إذ قال مصدر في الشرطة إن شرطيين قتلا وأصيب ثلاثة آخرون.',
        ],
        '2012-03-14',
      ),
    ).toEqual([{ from: '2012-03-13', to: '2012-03-13', governorate: 'Basra', killed: 2, wounded: 3 }]);
  });
});

describe('"اليوم الأول من العملية" is the day the operation began, not today', () => {
  it('"قتلت 15 مسلحاً في اليوم الأول من عملية بدأت فجر الأربعاء", said on Thursday', () => {
    expect(
      ingested(
        'مقتل 15 مسلحاً في عملية بسامراء',
        [
          'أعلن الجيش العراقي الخميس أن قواته قتلت 15 مسلحاً في اليوم الأول من عملية عسكرية واسعة بدأت فجر الأربعاء في جزيرة سامراء.',
        ],
        '2013-10-17',
      ),
    ).toEqual([
      { from: '2013-10-16', to: '2013-10-16', governorate: 'Salahuddin', killed: 15, wounded: null },
    ]);
  });
});

describe('"فجّرا نفسيهما" is the verb, not "at dawn"', () => {
  it('two bombers who "فجرا نفسيهما صباح اليوم", after a night told before', () => {
    expect(
      ingested(
        'هجمات على هيت',
        [
          'قتل خمسة مسلحين في اشتباكات مع القوات الأمنية دارت ليلة الثلاثاء على الأربعاء في أطراف قضاء هيت غربي الأنبار.',
          'وقال مصدر أمني إن انتحاريين اثنين فجرا نفسيهما صباح اليوم عند مدخل القضاء، ما أسفر عن إصابة أربعة جنود.',
        ],
        '2016-05-19',
      ),
    ).toEqual([
      { from: '2016-05-17', to: '2016-05-18', governorate: 'Anbar', killed: 5, wounded: null },
      { from: '2016-05-19', to: '2016-05-19', governorate: 'Anbar', killed: null, wounded: 4 },
    ]);
  });
});
