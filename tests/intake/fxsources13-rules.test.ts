// Rules for one event told more than once (issue 12, fixer round fxsources13): a second teller who
// tells the toll risen, a rise told with its reason after the figure, a claim's boasted toll told by
// verbal nouns; each on sentences written for it, through ingest.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's dead and wounded. */
const tolls = (lines: string[], published: string) => {
  const draft = ingest(lines.join('\n'), { published, lang: 'ar' });
  return draft.ok ? draft.draft.incidents.map((x) => [x.killed, x.wounded]) : draft.error;
};

describe('a "but" teller who tells the toll risen', () => {
  it('"غير أن مصدراً أفاد بأن عدد الجرحى ارتفع إلى تسعة": the rise replaces the first count', () => {
    expect(
      tolls(
        [
          'مقتل شاب وإصابة آخرين بتفريق تظاهرة في الناصرية',
          '',
          'قتل شاب وأصيب آخرون مساء أمس خلال تفريق تظاهرة أمام مبنى ديوان محافظة ذي قار في الناصرية.',
          '',
          'وقال أحد المتظاهرين إن قوة أمنية أطلقت النار على المحتجين، ما أدى إلى مقتل شاب وإصابة ثلاثة آخرين.',
          '',
          'غير أن مصدراً في دائرة صحة ذي قار أفاد صباح اليوم بأن عدد الجرحى ارتفع إلى تسعة أشخاص، بينهم اثنان من عناصر الشرطة.',
        ],
        '2019-10-03',
      ),
    ).toEqual([[1, 9]]);
  });

  it('a "but" teller with a count of its own, no rise, still leaves the first count', () => {
    expect(
      tolls(
        [
          'مقتل شاب وإصابة آخرين بتفريق تظاهرة في الناصرية',
          '',
          'قتل شاب وأصيب آخرون مساء أمس خلال تفريق تظاهرة أمام مبنى ديوان محافظة ذي قار في الناصرية.',
          '',
          'وقال أحد المتظاهرين إن قوة أمنية أطلقت النار على المحتجين، ما أدى إلى مقتل شاب وإصابة ثلاثة آخرين.',
          '',
          'غير أن مصدراً في الشرطة أفاد بإصابة تسعة أشخاص.',
        ],
        '2019-10-03',
      ),
    ).toEqual([[1, 3]]);
  });
});

describe('a toll risen "to N after the death of a number of the wounded"', () => {
  it('the figure is of the toll named before the verb, not of the wounded named after "بعد"', () => {
    expect(
      tolls(
        [
          'قتلى وجرحى بتفجير سيارة مفخخة في سوق شعبي',
          '',
          'قتل 12 شخصاً وأصيب 30 آخرون بانفجار سيارة مفخخة قرب سوق شعبي في مدينة الحلة اليوم.',
          '',
          'في حين ذكر مصدر طبي أن عدد القتلى ارتفع إلى 15 بعد وفاة عدد من المصابين في المستشفى.',
        ],
        '2016-05-02',
      ),
    ).toEqual([[15, 30]]);
  });
});

describe('a claim that boasts its toll by verbal nouns', () => {
  it('"زاعماً "قتل وإصابة 20 عنصراً"": the doer\'s boast, no event of its own', () => {
    expect(
      tolls(
        [
          'مقتل ثلاثة جنود بهجوم على نقطة عسكرية في بادية دير الزور',
          '',
          'قتل ثلاثة جنود وأصيب اثنان آخران، مساء أمس، بهجوم استهدف نقطة عسكرية قرب مدينة الميادين في ريف دير الزور الشرقي.',
          '',
          'وتبنى التنظيم الهجوم عبر معرفاته، زاعماً "قتل وإصابة 20 عنصراً"، وهو رقم لم يتسن التحقق منه.',
        ],
        '2024-03-12',
      ),
    ).toEqual([[3, 2]]);
  });
});
