// Rules from the fxnoinc round (issue 12, figures and period totals drafted as incidents): a month's
// count by province, a toll between two months or set against another month's, a toll since a
// period or a weekday, a campaign phase's toll so far, a yearly report, devices removed since a year,
// a wave of protests over days, and a law's terms; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

/** A month's count for the whole country, which the rules before this round already leave out. */
const MONTH_LEAD =
  'At least 512 Iraqis were killed and 1,130 wounded in violence across the country in March, the United Nations said on Wednesday.';

describe('a month’s count told province by province is no incident', () => {
  it('"Diyala was the worst-hit province, with 140 killed": the province heading the month’s ranking', () => {
    expect(
      ingestedParagraphs(
        [
          'UN: 512 Iraqis killed in March',
          MONTH_LEAD,
          'Diyala was the worst-hit province, with 140 people killed and 310 wounded, the mission said.',
        ],
        '2015-04-01',
      ),
    ).toEqual([]);
  });

  it('"It was followed by Kirkuk, with 61 killed": the next province, set off by a comma', () => {
    expect(
      ingestedParagraphs(
        [
          'UN: 512 Iraqis killed in March',
          MONTH_LEAD,
          'It was followed by Kirkuk, with 61 killed, and Babil, with 40.',
        ],
        '2015-04-01',
      ),
    ).toEqual([]);
  });

  it('"put the wounded in the province last month at 870": a month’s wounded with no dead read', () => {
    expect(
      ingestedParagraphs(
        [
          'UN: 512 Iraqis killed in March',
          MONTH_LEAD,
          'Last month, 870 people were wounded in Salahuddin province, the local health directorate said.',
        ],
        '2015-04-01',
      ),
    ).toEqual([]);
  });

  it('"The toll was higher than February’s, when…": the count of another month', () => {
    expect(
      ingestedParagraphs(
        [
          'UN: 512 Iraqis killed in March, most of them in Diyala',
          MONTH_LEAD,
          'The toll was higher than February’s, when the mission counted 430 people killed.',
        ],
        '2015-04-01',
      ),
    ).toEqual([]);
  });
});

describe('a toll between two months is no incident', () => {
  it('"killed in the city between early March and late July": a battle’s toll over months', () => {
    expect(
      ingestedParagraphs(
        [
          'Mosul after the battle',
          'Residents have begun returning to the western half of the city, aid agencies say.',
          'According to a monitoring group, 2,400 people were killed in the city between early March and late July, among them 900 civilians.',
        ],
        '2017-08-01',
      ),
    ).toEqual([]);
  });

  it('"قتل … بين مطلع آذار وأواخر تموز": the same in Arabic', () => {
    expect(
      ingestedParagraphs(
        [
          'حصيلة معركة المدينة',
          'أعلنت القوات استعادة السيطرة على المدينة يوم الاثنين.',
          'وقال المرصد إن 2400 شخص قتلوا في مدينة الرقة بين مطلع آذار وأواخر تموز، بينهم 900 مدني.',
        ],
        '2017-08-01',
      ),
    ).toEqual([]);
  });
});

describe('a toll counted since a period or a weekday is no incident', () => {
  it('"…said 900 soldiers had been killed … since the spring of 2015": reported speech, the pluperfect', () => {
    expect(
      ingestedParagraphs(
        [
          'Roadside bomb kills two soldiers near Kirkuk',
          'A roadside bomb killed two soldiers on a patrol near Kirkuk on Sunday, a police officer said.',
          'Last week, the defence ministry said more than 900 soldiers had been killed fighting the militants since the spring of 2015.',
        ],
        '2017-05-15',
      ),
    ).toEqual([{ from: '2017-05-14', to: '2017-05-14', governorate: 'Kirkuk', killed: 2, wounded: null }]);
  });

  it('"bring to 12 the number of protesters killed in the city since Monday": days of protests summed', () => {
    expect(
      ingestedParagraphs(
        [
          'Protester killed in Nasiriyah',
          'One protester was killed and nine were wounded when police fired on a march in Nasiriyah on Friday, medics said.',
          'The latest death brings to 12 the number of protesters killed in Nasiriyah since Monday, according to the health directorate, while 230 have been wounded.',
        ],
        '2019-11-30',
      ),
    ).toEqual([{ from: '2019-11-29', to: '2019-11-29', governorate: 'Dhi Qar', killed: 1, wounded: 9 }]);
  });

  it('"المرحلة الأولى من العمليات … أسفرت حتى الآن عن مقتل 120": a phase’s toll so far', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل 15 إرهابياً في تلعفر',
          'أعلنت قيادة العمليات، اليوم الثلاثاء، مقتل 15 إرهابياً في اشتباكات داخل قضاء تلعفر.',
          'وأضافت أن المرحلة الأولى من العمليات، التي بدأت مطلع الشهر الماضي، أسفرت حتى الآن عن تحرير 40 قرية ومقتل 120 إرهابياً.',
        ],
        '2017-08-22',
      ),
    ).toEqual([{ from: '2017-08-22', to: '2017-08-22', governorate: 'Nineveh', killed: 15, wounded: null }]);
  });
});

describe('a yearly report, or devices removed since a year, is no incident', () => {
  it('"أصدر … تقريره السنوي، قال فيه إن 300 مدني قتلوا": what a yearly report counts', () => {
    expect(
      ingestedParagraphs(
        [
          'الدفاع المدني ينشر حصيلة عامه',
          'أصدر الدفاع المدني، اليوم الأحد، تقريره السنوي عن عمل فرقه في ريف حلب، قال فيه إن 300 مدني قتلوا وأصيب 700 آخرون بقصف القوات الحكومية.',
        ],
        '2022-01-09',
      ),
    ).toEqual([]);
  });

  it('"In its annual report, released on Sunday, … 310 civilians were killed": the same in English', () => {
    expect(
      ingestedParagraphs(
        [
          'Rescuers publish their figures',
          'In its annual report, released on Sunday, the rescue group said 310 civilians were killed and 690 wounded in air strikes on Idlib province.',
          'Its teams also put out more than 2,000 fires and cleared roads after winter storms.',
          'The group has about 3,000 volunteers working from 120 centres.',
        ],
        '2022-01-09',
      ),
    ).toEqual([]);
  });

  it('"تطهير … منذ عام 2017، ورفع 80 ألف لغم": the devices removed over the same span', () => {
    expect(
      ingestedParagraphs(
        [
          'دائرة الألغام تعلن حصيلة عملها',
          'وقال مدير الدائرة إن الفرق تمكنت منذ عام 2017 من تطهير 500 كيلومتر مربع، ورفع أكثر من 80 ألف لغم وعبوة ناسفة في محافظة الأنبار.',
        ],
        '2021-04-04',
      ),
    ).toEqual([]);
  });
});

describe('a wave of protests over days is no incident', () => {
  it('"وكانت الموجة الأولى من الاحتجاجات مطلع الشهر قد أودت بحياة 120": the toll of days before', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل متظاهرين اثنين في الكوت',
          'قتل متظاهران وأصيب 30 آخرون بمواجهات مع قوات الأمن قرب مبنى المحافظة في مدينة الكوت، يوم أمس الجمعة.',
          'وكانت الموجة الأولى من الاحتجاجات مطلع الشهر الجاري قد أودت بحياة 120 متظاهراً.',
        ],
        '2019-10-26',
      ),
    ).toEqual([{ from: '2019-10-25', to: '2019-10-25', governorate: 'Wasit', killed: 2, wounded: 30 }]);
  });
});

describe('what a law grants the victims is no incident', () => {
  it('"Under the new compensation law, the family of a person killed in a bombing receives…"', () => {
    expect(
      ingestedParagraphs(
        [
          'Parliament passes victims’ compensation law',
          'Under the new compensation law, the family of a person killed in a bombing in Basra receives 10 million dinars.',
        ],
        '2019-03-04',
      ),
    ).toEqual([]);
  });
});
