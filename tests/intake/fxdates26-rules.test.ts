// Rules of which day an incident took place, and of a toll told with no place of its own (issue 12,
// dates and incidents not drafted), each on an example written for it.
import { describe, expect, it } from 'vitest';
// (each drafted incident's day range, governorate and counts, the first paragraph as the title)
import { ingestedParagraphs as drafted } from '../support/tolls.js';

describe("the day told in the clause of the wounded is the dead's too", () => {
  it('dates "قتل 12 مدنياً…، وجرح العشرات، فجر أمس الاثنين، بغارات…" on Monday', () => {
    expect(
      drafted(
        [
          'مجزرة في سراقب.. عشرات الضحايا بغارات روسية',
          'سمارت - إدلب',
          'قتل 12 مدنياً على الأقل، بينهم ثلاثة أطفال، وجرح العشرات، فجر أمس الاثنين، بغارات لطيران النظام على مدينة سراقب بريف إدلب الشرقي، وفق ما أفاد الدفاع المدني.',
          'وقال مسعفون إن فرق الإنقاذ عملت طوال الليل على انتشال الجثث من تحت أنقاض المنازل المدمرة في المدينة.',
          'وتشهد المنطقة تصعيداً عسكرياً منذ أسابيع، وسط مخاوف من موجة نزوح جديدة نحو الحدود التركية.',
        ],
        '2020-01-14',
      ),
    ).toEqual([{ from: '2020-01-13', to: '2020-01-13', governorate: 'Idlib', killed: 12, wounded: null }]);
  });
});

describe('"اليوم السبت" quoted in a paper of Sunday is the statement\'s today', () => {
  it('dates "…نصبوا كميناً فجر اليوم السبت…" published on Sunday on the Saturday', () => {
    expect(
      drafted(
        [
          'مقتل ثلاثة جنود بكمين قرب سنجار',
          'أعلنت قيادة العمليات، مساء السبت، مقتل ثلاثة جنود بهجوم قرب قضاء سنجار غربي نينوى.',
          'وقالت القيادة في بيان إن "مسلحين نصبوا كميناً لدورية للجيش فجر اليوم السبت أثناء تنقلها بين قريتين، ما أدى إلى استشهاد ثلاثة من أبطالنا".',
          'وأضافت أن قطعات الجيش باشرت عملية تفتيش واسعة في المنطقة بحثاً عن المهاجمين.',
        ],
        '2021-03-14',
      ),
    ).toEqual([{ from: '2021-03-13', to: '2021-03-13', governorate: 'Nineveh', killed: 3, wounded: null }]);
  });

  it('keeps "اليوم الأحد" on a Sunday the news\' own day', () => {
    expect(
      drafted(
        [
          'مقتل ثلاثة جنود بكمين قرب سنجار',
          'وقالت قيادة العمليات في بيان إن "مسلحين نصبوا كميناً لدورية للجيش فجر اليوم الأحد أثناء تنقلها بين قريتين قرب قضاء سنجار غربي نينوى، ما أدى إلى استشهاد ثلاثة من أبطالنا".',
          'وأضافت أن قطعات الجيش باشرت عملية تفتيش واسعة في المنطقة بحثاً عن المهاجمين.',
        ],
        '2021-03-14',
      ),
    ).toEqual([{ from: '2021-03-14', to: '2021-03-14', governorate: 'Nineveh', killed: 3, wounded: null }]);
  });
});

describe('a toll told "during the exchange of fire" lies where the lead placed the deed', () => {
  it('drafts "وأصيب خلال تبادل النار شرطيان" after a raid the lead placed in Basra', () => {
    expect(
      drafted(
        [
          'قوة أمنية تقتحم سجناً سرياً وتحرر معتقلين',
          'اقتحمت قوة من الجيش، فجر أمس الثلاثاء، مبنى يستخدم سجناً سرياً في منطقة الحيانية غربي البصرة، وأطلقت سراح عشرين معتقلاً.',
          'وقال ضابط في القوة إن "مسلحين داخل المبنى أطلقوا النار على القوة، وأصيب خلال تبادل النار حارسان بجروح طفيفة، ولم تقع إصابات في صفوف الجنود".',
          'وأدان مجلس المحافظة العملية، وطالب بفتح تحقيق في ملابساتها.',
        ],
        '2006-03-08',
      ),
    ).toEqual([{ from: '2006-03-07', to: '2006-03-07', governorate: 'Basra', killed: null, wounded: 2 }]);
  });
});
