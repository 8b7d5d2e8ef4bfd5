// Rules from the fxextras round (issue 12, drafts that are no event of the article): one raid told
// in the lead and again in the body with the same toll of several; a count spread over a month or more
// by "خلال"/"during", or over "the same month", or over "the past three decades"; a documenting verb
// ("recorded", "verified", "سجل") before a count; counted events named back by "تلك"; explosive items
// counted as they are removed; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested, tollsWithAttackers } from '../support/tolls.js';

describe('one assault, told in the lead and in the body with the same toll of several: one incident', () => {
  it('a raid by "security forces" in the lead, by an army division at a town of the district in the body', () => {
    expect(
      ingested(
        'Four militants killed in raid south of Mosul',
        [
          'Iraqi security forces killed four IS militants in a raid on their hideout south of Mosul on Friday, while a policeman was killed in a separate bombing in the same area, a security official said on Saturday.',
          'Acting on a tip-off, troops from the army’s 16th Division, backed by Hashd Shaabi units, raided a tunnel used by the militants near the town of Hammam al-Alil, some 30 km south of Mosul, and killed all four militants inside after a short exchange of fire, the official said.',
        ],
        '2019-04-13',
      ),
    ).toEqual([
      { from: '2019-04-12', to: '2019-04-12', governorate: 'Nineveh', killed: 4, wounded: null },
      { from: '2019-04-12', to: '2019-04-12', governorate: 'Nineveh', killed: 1, wounded: null },
    ]);
  });
  it('the attackers killed that only the body counts stay with the one incident', () => {
    expect(
      tollsWithAttackers(
        [
          'استشهد ثلاثة جنود وأصيب خمسة آخرون اليوم الثلاثاء بهجوم لتنظيم داعش على نقطة للجيش في قضاء الطارمية شمالي بغداد، بحسب مصدر أمني.',
          'وقال آمر النقطة إن عناصر التنظيم قصفوها بقذائف الهاون ليل الاثنين على الثلاثاء قرب قرية المشاهدة في قضاء الطارمية قبل أن يقتحموها، فاستشهد ثلاثة من جنوده وأصيب خمسة، وقتلت قواته 14 من المهاجمين.',
        ],
        'ar',
        '2021-03-09',
      ),
    ).toEqual([{ killed: 3, wounded: 5, attackersKilled: 14 }]);
  });
});

describe('a count spread over a month or more, or over the span named back: a tally, no incident', () => {
  it('"خلال الشهر الفائت، في هجمات": the dead of a month’s attacks', () => {
    expect(
      ingested(
        'حصيلة شهرية لهجمات التنظيم في بادية حمص',
        [
          'وقتل 6 عناصر من قوات النظام خلال الشهر الفائت، في هجمات للتنظيم في بادية تدمر بريف حمص الشرقي.',
          'وتنشط خلايا التنظيم في البادية منذ سنوات.',
          'وتشن القوات حملات تمشيط دورية.',
        ],
        '2021-05-04',
      ),
    ).toEqual([]);
  });

  it('"خلال الشهر ذاته": a command’s losses over the month its statement reviews', () => {
    expect(
      ingested(
        'قيادة عمليات نينوى تعلن حصيلة شهر آذار',
        [
          'أعلنت قيادة عمليات نينوى، اليوم، حصيلة عملياتها خلال شهر آذار الماضي.',
          'وقال قائد العمليات إن القطعات قدمت خلال الشهر ذاته 3 شهداء و8 جرحى، معظمهم بانفجار عبوات ناسفة.',
        ],
        '2021-04-06',
      ),
    ).toEqual([]);
  });

  it('"over the past three decades": the dead of mines counted back from today', () => {
    expect(
      ingested(
        'Mine victims in the north',
        [
          'Mines have killed or maimed more than 6,000 people in the province of Dohuk over the past three decades, the regional mine agency said on Monday.',
        ],
        '2023-04-03',
      ),
    ).toEqual([]);
  });
});

describe('a documenting verb before a count: a statistic, no incident', () => {
  it('"the province recorded 210 deaths", "had verified the deaths of 140 civilians"', () => {
    expect(
      ingested(
        'Civilian deaths fall in May',
        [
          'Nineveh province recorded 210 deaths, the health ministry said.',
          'The UN said it had verified the deaths of more than 140 civilians in Idlib province between March 1 and the end of April.',
        ],
        '2008-06-02',
      ),
    ).toEqual([]);
  });

  it('"كما سجل التقرير مقتل 12 من العاملين في الإغاثة"', () => {
    expect(
      ingested(
        'تقرير شبكة حقوقية عن الضحايا المدنيين في حلب',
        [
          'أصدرت الشبكة اليوم تقريرها عن أوضاع المدنيين في المحافظة.',
          'كما سجل التقرير مقتل 12 من العاملين في الإغاثة.',
          'ودعت الشبكة إلى حماية العاملين في المجال الإنساني.',
        ],
        '2019-03-05',
      ),
    ).toEqual([]);
  });
});

describe('events counted, then their dead: the tally of those events', () => {
  it('"وأسفرت تلك العمليات عن مقتل…" after "22 عملية" over a month', () => {
    expect(
      ingested(
        'حصيلة هجمات الخلايا في الحسكة خلال شباط',
        [
          'وثق المرصد خلال شهر شباط 22 عملية نفذتها خلايا التنظيم في ريف الحسكة الجنوبي.',
          'وأسفرت تلك العمليات عن مقتل 6 أشخاص وإصابة 4 آخرين.',
          'وتنشط الخلايا في المنطقة منذ سنوات.',
        ],
        '2022-03-03',
      ),
    ).toEqual([]);
  });
});

describe('explosive items counted as they are removed: no blast', () => {
  it('"teams have removed more than 900,000 explosive items since…"', () => {
    expect(
      ingested(
        'Clearance teams in Anbar',
        [
          'Teams of the mine action directorate have removed more than 900,000 explosive items in Anbar since the end of the war, its director told reporters in Ramadi on Sunday.',
        ],
        '2024-02-12',
      ),
    ).toEqual([]);
  });
});
