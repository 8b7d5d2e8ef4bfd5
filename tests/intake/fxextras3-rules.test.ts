// Rules from the fxextras3 round (issue 12, drafts that are no incident): a number before years or
// before money tells an age, a span or a sum, never how many were hit; goods or control "seized" is
// no abduction; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingested } from '../support/tolls.js';

describe('a number before years or before money counts no one', () => {
  it('"vines that took forty years to grow are dead": no one killed', () => {
    expect(
      ingested(
        'Heat wave scorches vineyards in Nineveh',
        [
          'Growers in Nineveh province said on Sunday that the heat had ruined most of this season.',
          '"Vines that took forty years to grow are dead," one grower in the Hamdaniya district said.',
          'The agriculture directorate promised to pay for new seedlings before the winter.',
        ],
        '2022-08-14',
      ),
    ).toEqual([]);
  });

  it('"تصرف عن كل اصابة ما بين مليون ومليونين ونصف المليون دينار": a sum paid, no wounded', () => {
    expect(
      ingested(
        'صرف تعويضات المتضررين في محافظة البصرة',
        [
          'أعلنت لجنة التعويضات في محافظة البصرة، اليوم الأحد، انها صرفت دفعة جديدة من المعاملات.',
          'وأوضح مدير اللجنة انها تصرف عن كل اصابة ما بين مليون ومليونين ونصف المليون دينار.',
          'واضاف ان اللجنة ستفتح مكتبا جديدا في قضاء الزبير.',
        ],
        '2012-03-11',
      ),
    ).toEqual([]);
  });
});

describe('a number before years or before money counts no one: the words after a count still count', () => {
  it('"wounding four, a day after" keeps its four wounded', () => {
    expect(
      ingested(
        'Bomb hits a checkpoint in Kirkuk',
        [
          'A roadside bomb struck an army checkpoint west of Kirkuk early on Friday, killing two soldiers and wounding four, a day after troops cleared the nearby villages, police said.',
          'The army closed the road for several hours.',
          'No group has said it was behind the attack.',
        ],
        '2021-05-14',
      ),
    ).toEqual([{ from: '2021-05-14', to: '2021-05-14', governorate: 'Kirkuk', killed: 2, wounded: 4 }]);
  });
});

describe('goods or control "seized" is no abduction', () => {
  it('"guards seized 3.5 tonnes of cannabis" on a border: no incident', () => {
    expect(
      ingested(
        'Border force reports a record year',
        [
          'The border force said on Monday that its year had been the busiest on record.',
          'In its yearly summary, it said guards had also seized 3.5 tonnes of cannabis along the frontier with Anbar.',
          'Officials said new watchtowers would be built next spring.',
        ],
        '2023-01-09',
      ),
    ).toEqual([]);
  });

  it('"gunmen seized two engineers" is still an abduction', () => {
    expect(
      ingested(
        'Engineers abducted in Kirkuk',
        [
          'Gunmen seized two engineers on the road south of Kirkuk on Monday, police said.',
          'The men worked for a company building a bridge over the Lesser Zab.',
          'No group has said it was behind the abduction.',
        ],
        '2023-01-10',
      ),
    ).toEqual([{ from: '2023-01-09', to: '2023-01-09', governorate: 'Kirkuk', killed: null, wounded: null }]);
  });
});

describe('a count a body documented in blows told only in the plural, with no day: a tally', () => {
  it('"وثقت الشبكة مقتل 35 عنصراً في ريف حماة في هجمات شنها التنظيم وبالقصف الجوي": no incident', () => {
    expect(
      ingested(
        'الشبكة السورية: حصيلة شهر آذار في حماة',
        [
          'أصدرت الشبكة السورية لحقوق الإنسان، اليوم الاثنين، تقريراً عن الانتهاكات في البلاد.',
          'كما وثقت الشبكة مقتل 35 عنصراً من قوات النظام في ريف حماة الشرقي في هجمات شنها التنظيم وبالقصف الجوي.',
          'وطالبت الشبكة بفتح تحقيق مستقل في هذه الانتهاكات.',
        ],
        '2019-04-01',
      ),
    ).toEqual([]);
  });
});

describe('"The fighting, which erupted on Saturday, has killed 31 so far", after later days were told', () => {
  it('sums the fights told on those days, and is no incident of the day of their onset', () => {
    const raw = [
      "17 killed as clashes between police, tribal gunmen spread in Iraq's Diyala",
      'BAGHDAD, March 9 (Xinhua) -- At least 17 people were killed on Wednesday in renewed clashes between police and tribal gunmen in the eastern province of Diyala, officials said Thursday.',
      'Late on Tuesday, police mortar fire hit the town of Muqdadiyah, killing a farmer and wounding four others, the officials added.',
      'Stray rounds also hit the town of Khalis, causing no casualties, residents said.',
      'The fighting, which erupted on Saturday after police arrested a tribal chief, has killed 31 people so far, according to the officials.',
    ].join('\n\n');
    expect(
      draftedIncidents(raw, '2023-03-09', 'en').map((x) => [
        x.date.from,
        x.place?.governorate?.en,
        x.killed,
        x.wounded,
      ]),
    ).toEqual([
      ['2023-03-08', 'Diyala', 17, null],
      ['2023-03-07', 'Diyala', 1, 4],
    ]);
  });
});

describe('"to repair the bridges damaged in the fighting": damage to be repaired, no blow of the news', () => {
  it('drafts no incident of the fighting that damaged what the money will rebuild, in English', () => {
    expect(
      ingested(
        'Date harvest returns to Samarra orchards',
        [
          'SAMARRA, Iraq (AP) - Farmers around Samarra expect a good date harvest this year, local officials said Sunday.',
          'The provincial council of Anbar said it has set aside 2 billion dinars to repair power lines and water pumps damaged during the fighting with the Islamic State group.',
          'About 400 families have yet to return, officials said.',
        ],
        '2021-02-07',
      ),
    ).toEqual([]);
  });

  it('"لترميم المدارس المدمرة بفعل المعارك": the same in Arabic', () => {
    expect(
      ingested(
        'مجلس محافظة نينوى يصادق على خطة المشاريع',
        [
          'صادق مجلس محافظة نينوى، اليوم الاثنين، على خطة مشاريع العام الحالي بمبلغ 300 مليار دينار.',
          'وقال عضو في المجلس إن المحافظة ستخصص جزءا من المبلغ لترميم المدارس والجسور المدمرة بفعل المعارك في قضاء تلعفر.',
          'وأضاف أن العمل سيبدأ مطلع الشهر المقبل.',
        ],
        '2021-03-08',
      ),
    ).toEqual([]);
  });
});
