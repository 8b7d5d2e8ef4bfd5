// Rules from the fxextras3 round (issue 12, drafts that are no incident): a number before years or
// before money tells an age, a span or a sum, never how many were hit; goods or control "seized" is
// no abduction; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

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
