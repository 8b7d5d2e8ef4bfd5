// Rules found on dates of events told beside others (issue 12, fixer fxdates19): the day before
// yesterday named with its weekday, a day written as a date beside another event's day told as an
// owner, and a blast told as a verb after a reporting word; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, incidents } from '../support/tolls.js';

const days = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  incidents(paragraphs, lang, published).map((x) => [x.from, x.to, x.killed, x.wounded]);

describe('"مساء أول أمس الأحد": the day before yesterday, named with its weekday', () => {
  it('is two days before the news, not the "أمس الأحد" inside it', () => {
    // published on a Tuesday: the Sunday before
    expect(
      days(
        ['قتل مزارع وأصيب ابنه مساء أول أمس الأحد بانفجار لغم أرضي في قرية تابعة لقضاء سنجار غربي نينوى.'],
        'ar',
        '2023-03-14',
      ),
    ).toEqual([['2023-03-12', '2023-03-12', 1, 1]]);
  });
  it('reads "أول من أمس" with its weekday the same way', () => {
    expect(
      days(
        [
          'أصيب ثلاثة عناصر من الشرطة أول من أمس الأحد بهجوم مسلح على نقطة تفتيش في قضاء الطارمية شمالي بغداد.',
        ],
        'ar',
        '2023-03-14',
      ),
    ).toEqual([['2023-03-12', '2023-03-12', null, 3]]);
  });
});

describe('"Sunday\'s rally came after unrest in Basra, where three were shot dead on March 4"', () => {
  it('dates the deed the clause tells by the day written as a date, not by the day owning another event', () => {
    expect(
      days(
        [
          "Sunday's rally came after days of anger in the south, where three protesters were shot dead and 12 wounded on March 4 when guards outside the governor's office in Basra opened fire.",
        ],
        'en',
        '2019-03-11',
      ),
    ).toEqual([['2019-03-04', '2019-03-04', 3, 12]]);
  });
  it("keeps the owner's day where the clause writes no other", () => {
    expect(
      days(
        ["Sunday's bombing at a market in Baquba killed four people and wounded nine, police said."],
        'en',
        '2019-03-11',
      ),
    ).toEqual([['2019-03-10', '2019-03-10', 4, 9]]);
  });
});

describe('"اعترف بتفخيخ ونقل سيارة انفجرت … بتاريخ": a blast told as a verb after a reporting word', () => {
  it("makes the written day the blast's own, not a day of telling the draft falls back on as a guess", () => {
    const raw = [
      'الإعدام لمدان بتفجير سيارة مفخخة في الموصل',
      'أعلن مجلس القضاء الأعلى، اليوم الثلاثاء، صدور حكم بالإعدام بحق مدان بتفجير سيارة مفخخة استهدف سوقاً في مدينة الموصل.',
      'وقال المجلس في بيان إن "محكمة جنايات نينوى نظرت قضية متهم ينتمي إلى تنظيم داعش، اعترف بمشاركته في تفخيخ ونقل سيارة انفجرت في سوق حي الزهراء بتاريخ 3 أيار 2016، ما أسفر عن استشهاد 8 مواطنين وإصابة 20 آخرين بجروح".',
    ].join('\n\n');
    const drafted = draftedIncidents(raw, '2022-05-10');
    expect(drafted.map((x) => [x.date.from, x.date.to, x.date.precision, x.killed, x.wounded])).toEqual([
      ['2016-05-03', '2016-05-03', 'day', 8, 20],
    ]);
    expect(drafted[0]!.checks ?? []).not.toContainEqual({ reason: 'date-guessed' });
  });
});

describe('"قتل شابان … خلال تشييع ضحايا أمس": blood shed during a funeral', () => {
  it('is dated by its own day, not by the day of the dead being buried', () => {
    expect(
      days(
        [
          'قتل شابان وأصيب خمسة آخرون مساء اليوم بإطلاق نار قرب ساحة التظاهر في مدينة الكوت، خلال تشييع ضحايا أمس.',
        ],
        'ar',
        '2019-12-06',
      ),
    ).toEqual([['2019-12-06', '2019-12-06', 2, 5]]);
  });
  it('is dated so in English too', () => {
    expect(
      days(
        ["Two men were shot dead in Kut on Friday during the funeral of Wednesday's victims."],
        'en',
        '2019-12-07',
      ),
    ).toEqual([['2019-12-06', '2019-12-06', 2, null]]);
  });
});
