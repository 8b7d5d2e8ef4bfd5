// Rules found on background events told after the main one (issue 12, fixer fxbackground2): an
// earlier event with a toll is an incident of its own, dated by its own words, placed at its own
// place, with its own count; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

const LEAD_AR = 'قتل مدني برصاص مسلحين مجهولين في بلدة الشحيل بريف دير الزور الشرقي، مساء أمس الأحد.';

describe('"وكان شخصان من … قتلا": the subject "كان" opens, counted before a long description', () => {
  it('two council workers told in the pluperfect without "قد" are two dead, not the "civil" council one', () => {
    expect(
      incidents(
        [
          LEAD_AR,
          'وكان موظفان في المجلس المدني لبلدة البصيرة قتلا منتصف الشهر الماضي بهجوم مماثل تبناه التنظيم.',
        ],
        'ar',
        '2023-03-13',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([
      ['2023-03-12', '2023-03-12', 1],
      ['2023-02-11', '2023-02-20', 2],
    ]);
  });
  it('one young man, "وكان شاب قُتل الشهر الماضي", is one dead', () => {
    expect(
      incidents(
        [
          LEAD_AR,
          'وتتكرر مثل هذه الحوادث في المنطقة، وكان شاب قُتل الشهر الماضي في مدينة الميادين بخلاف عائلي.',
        ],
        'ar',
        '2023-03-13',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([
      ['2023-03-12', '2023-03-12', 1],
      ['2023-02-01', '2023-02-28', 1],
    ]);
  });
});

describe('"لقصف مماثل … أسفر عن مقتل": a shelling named by its verbal noun is one blow', () => {
  it('recalled with its toll over half a year back, it is an incident of its own', () => {
    expect(
      incidents(
        [
          'قتل ثلاثة مدنيين بقصف مدفعي تركي على قرية في ناحية سيدكان بقضاء سوران، اليوم الخميس.',
          'وكانت القرية نفسها قد تعرضت في تشرين الثاني من العام الماضي لقصف مماثل أسفر عن مقتل راعيين.',
        ],
        'ar',
        '2024-07-18',
      ).map((x) => [x.from, x.to, x.governorate, x.killed]),
    ).toEqual([
      ['2024-07-18', '2024-07-18', 'Erbil', 3],
      ['2023-11-01', '2023-11-30', 'Erbil', 2],
    ]);
  });
});

describe('"وكان المرصد قد نشر يوم الخميس الفائت أن…": an event known by a report given before the news', () => {
  it('is dated by that report, not by the day of the news', () => {
    expect(
      incidents(
        [
          'قتل أربعة أشخاص بانفجار لغم أرضي بسيارتهم في بادية تدمر بريف حمص الشرقي، صباح اليوم الاثنين.',
          'وكان المرصد السوري قد نشر يوم الخميس الفائت، أن راعيين أصيبا بجراح جراء انفجار لغم بهما قرب بلدة القريتين.',
        ],
        'ar',
        '2024-02-26',
      ).map((x) => [x.from, x.to, x.killed, x.wounded]),
    ).toEqual([
      ['2024-02-26', '2024-02-26', 4, null],
      ['2024-02-21', '2024-02-22', null, 2],
    ]);
  });
});

describe('"بعد أقل من أسبوع على مقتل…": some day within that span before, six days at most', () => {
  it('dates the event recalled in the days before the news, not on its day', () => {
    expect(
      incidents(
        [
          'قتل راعيان وأصيب ثالث بهجوم لمسلحين على قطيع أغنام في بادية الرصافة بريف الرقة، فجر اليوم السبت.',
          'ويأتي الهجوم بعد أقل من أسبوع على مقتل ثلاثة من جامعي الكمأة بانفجار لغم في بادية معدان.',
        ],
        'ar',
        '2024-03-09',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([
      ['2024-03-09', '2024-03-09', 2],
      ['2024-03-03', '2024-03-08', 3],
    ]);
  });
});

describe('"a drone attack on the base": the base told before', () => {
  it('places the earlier attack at the base the lead named, not at the place told in between', () => {
    expect(
      incidents(
        [
          'Rockets hit a Turkish military base near Bashiqa, north-east of Mosul, on Friday, wounding three soldiers, officials said.',
          'Later on Friday, Turkish warplanes struck positions near Zakho, according to local officials, who reported no casualties.',
          'In May, a drone attack on the base killed a Turkish soldier.',
        ],
        'en',
        '2023-08-12',
      ).map((x) => [x.from, x.governorate, x.killed, x.wounded]),
    ).toEqual([
      ['2023-08-11', 'Nineveh', null, 3],
      ['2023-08-11', 'Duhok', 0, 0],
      ['2023-05-01', 'Nineveh', 1, null],
    ]);
  });
});

describe('"survived an attempt on his life", then "He was treated for a wound": the attempt and its one hurt', () => {
  const LEAD =
    'Unknown gunmen shot dead a lawyer outside his office in central Kirkuk on Sunday evening, police said.';
  it("an attempt on someone's life is an event of its own, in its own month", () => {
    expect(
      incidents(
        [
          LEAD,
          "Last month, a judge survived an attempt on his life on the city's southern outskirts when gunmen fired at his convoy.",
        ],
        'en',
        '2021-05-10',
      ).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]),
    ).toEqual([
      ['2021-05-09', '2021-05-09', 'Kirkuk', 1, null],
      ['2021-04-01', '2021-04-30', 'Kirkuk', null, null],
    ]);
  });
  it('the survivor told hurt in the next sentence is its one wounded', () => {
    expect(
      incidents(
        [
          LEAD,
          "Last month, a judge survived an assassination attempt on the city's southern outskirts when gunmen fired at his convoy.",
          'He was treated for a wound to the arm and left hospital days later.',
        ],
        'en',
        '2021-05-10',
      ).map((x) => [x.from, x.killed, x.wounded]),
    ).toEqual([
      ['2021-05-09', 1, null],
      ['2021-04-01', null, 1],
    ]);
  });
});

describe('"Moadamiya", "Moadamiyat al-Sham": the spellings wire reports give Muadamiyat al-Sham', () => {
  it.each([
    'Government shelling killed four people in Moadamiya on Tuesday, activists said.',
    'Government shelling killed four people in Moadamiyat al-Sham on Tuesday, activists said.',
  ])('places the town in Rif Dimashq: %s', (sentence) => {
    expect(incidents([sentence], 'en', '2015-03-11').map((x) => [x.from, x.governorate, x.killed])).toEqual([
      ['2015-03-10', 'Rif Dimashq', 4],
    ]);
  });
});

describe('"قتل برصاص قناص", "shot dead by a sniper" in an article that also counts a disease', () => {
  it('the one killed by a sniper is a blow of its own, not a case of the disease', () => {
    expect(
      incidents(
        [
          'قتل خمسة مدنيين بقصف مدفعي على بلدة حريتان في ريف حلب الشمالي، صباح اليوم الأحد.',
          'وكان رجل مسن قد قتل برصاص قناص قرب الفرن الآلي يوم الخميس الماضي.',
          'وسجل المشفى الميداني 40 إصابة بالكوليرا خلال الأسبوعين الماضيين.',
        ],
        'ar',
        '2014-06-15',
      ).map((x) => [x.from, x.to, x.governorate, x.killed]),
    ).toEqual([
      ['2014-06-15', '2014-06-15', 'Aleppo', 5],
      ['2014-06-12', '2014-06-12', 'Aleppo', 1],
    ]);
  });
  it('so is one "shot dead by a sniper" told in English', () => {
    expect(
      incidents(
        [
          'Shelling killed five civilians in Haritan, north of Aleppo, on Sunday morning, activists said.',
          'On Thursday, an elderly man was shot dead by a sniper near the bakery in Haritan.',
          'Doctors said they had recorded 40 cases of cholera in the past two weeks.',
        ],
        'en',
        '2014-06-15',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([
      ['2014-06-15', '2014-06-15', 5],
      ['2014-06-12', '2014-06-12', 1],
    ]);
  });
});
