// Rules found on background events that were missed, misdated or misplaced (issue 12, fixer
// fxbackground): an earlier event told with its own day, place and toll is an incident of its own,
// dated and placed by its own words; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { stripDateline } from '../../src/intake/article/dateline.js';
import { findDates } from '../../src/intake/dates/dates.js';
import { periodTotal } from '../../src/intake/roundups/period-totals.js';
import { matchView } from '../../src/intake/reading/view.js';
import { incidents, tolls } from '../support/tolls.js';

/** Strikes on two towns on one night, the second told "in the same night", and what they draft. */
const NIGHT_STRIKES = [
  'قصفت طائرات حربية ليلة الثلاثاء – الأربعاء مواقع في مدينة البوكمال.',
  'وقال مصدر محلي إن القصف أدى إلى مقتل خمسة أشخاص.',
  'وفي العراق، قالت السلطات إن غارات طالت مواقع في قضاء القائم في الليلة ذاتها، وأودت بحياة ثلاثة أشخاص.',
];
const NIGHT_STRIKES_DRAFTED = [
  ['2024-03-05', '2024-03-06', 'Deir ez-Zor', 5],
  ['2024-03-05', '2024-03-06', 'Anbar', 3],
];

describe('"في الليلة ذاتها", "the same day": the day of the event told before', () => {
  it('a strike elsewhere "that same night" is dated by the night the lead gave, not by a later background date', () => {
    expect(
      incidents(
        [...NIGHT_STRIKES, 'وقالت الحكومة إن الفصائل هاجمت قاعدة عسكرية مطلع الأسبوع الماضي.'],
        'ar',
        '2024-03-06',
      ).map((x) => [x.from, x.to, x.governorate, x.killed]),
    ).toEqual(NIGHT_STRIKES_DRAFTED);
  });
});

describe('"أن الغارات جاءت رداً على هجوم … الأسبوع الماضي": what the news answered', () => {
  it('with no casualties of its own, no incident', () => {
    expect(
      incidents(
        [
          ...NIGHT_STRIKES,
          'وكانت الحكومة قد أعلنت أن الغارات جاءت رداً على هجوم استهدف قاعدة عسكرية مطلع الأسبوع الماضي.',
        ],
        'ar',
        '2024-03-06',
      ).map((x) => [x.from, x.to, x.governorate, x.killed]),
    ).toEqual(NIGHT_STRIKES_DRAFTED);
  });
});

describe('"، وأسفر حينها عن مقتل…": the toll of the earlier event the clause before told', () => {
  it('an earlier attack dated and placed in one clause, its toll in the next, is an incident of its own', () => {
    expect(
      incidents(
        [
          'قتل شخص بقصف مدفعي على قرية في قضاء زاخو، اليوم الثلاثاء.',
          'ويأتي القصف بعد أشهر من هجوم مماثل في تشرين الأول من العام الماضي على قرى في قضاء سنجار، وأسفر حينها عن مقتل تسعة أشخاص وإصابة 20 آخرين.',
        ],
        'ar',
        '2023-04-11',
      ),
    ).toEqual([
      { from: '2023-04-11', to: '2023-04-11', governorate: 'Duhok', killed: 1, wounded: null },
      { from: '2022-10-01', to: '2022-10-31', governorate: 'Nineveh', killed: 9, wounded: 20 },
    ]);
  });
});

describe('"اثنان من الرعاة لقيا حتفهما": the dual of "met their death"', () => {
  it('counts the two the subject names', () => {
    expect(
      tolls(['وكان اثنان من الرعاة قد لقيا حتفهما أمس بانفجار لغم في قضاء الحويجة.'], 'ar', '2020-02-12'),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a victim named again, then another event with its own toll', () => {
  it('"the slain commander was behind a bombing last month that killed three soldiers": those three', () => {
    expect(
      tolls(
        [
          'Security forces killed an Islamic State commander in a raid near Hawija on Monday.',
          'An intelligence officer said the slain commander was behind a bombing last month that killed three soldiers near Hawija.',
        ],
        'en',
        '2020-06-10',
      ),
    ).toEqual([
      { killed: 1, wounded: null },
      { killed: 3, wounded: null },
    ]);
  });
});

describe('an event told in the pluperfect, days before an undated lead was reported', () => {
  it('is an event of its own, and does not give the lead its day', () => {
    expect(
      incidents(
        [
          'أفاد مصدر أمني في قضاء العمادية، اليوم الجمعة، بمقتل عنصرين من حزب العمال بقصف لطائرة تركية قرب ناحية كاني ماسي.',
          'وكان ثلاثة من أبناء عشيرة واحدة قد سقطوا بين قتيل وجريح الأسبوع الماضي بقصف طال قرية في ناحية ديرلوك.',
        ],
        'ar',
        '2020-06-19',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([
      ['2020-06-19', '2020-06-19', 2],
      ['2020-06-08', '2020-06-14', null],
    ]);
  });
});

describe('"since October, when gunmen killed…": the month of one event, not a span', () => {
  it('drafts the event recalled, in that month', () => {
    expect(
      incidents(
        [
          'Gunmen killed two shepherds near the town of Khalis in Diyala province on Tuesday, police said.',
          'It was the deadliest attack in the area since August, when a roadside bomb killed three soldiers near Baquba.',
        ],
        'en',
        '2021-11-17',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([
      ['2021-11-16', '2021-11-16', 2],
      ['2021-08-01', '2021-08-31', 3],
    ]);
  });
});

describe('"BAGHDAD: …": a dateline in capitals closed by a colon', () => {
  it('is taken off the paragraph', () => {
    expect(stripDateline('MOSUL: Gunmen killed a farmer south of the city on Friday.')).toBe(
      'Gunmen killed a farmer south of the city on Friday.',
    );
  });
});

describe('"hit X and nearby residential areas": near the place the clause names itself', () => {
  it("keeps the clause's own place, not the one told before", () => {
    expect(
      incidents(
        [
          'On Sunday, two rockets struck near the Ain al-Asad air base in Anbar province, causing no injuries.',
          'In March, a volley of rockets hit the Baghdad airport base and nearby residential areas, killing a civilian and wounding four other people.',
        ],
        'en',
        '2021-08-10',
      ).map((x) => [x.from, x.governorate, x.killed, x.wounded]),
    ).toEqual([
      ['2021-08-08', 'Anbar', 0, 0],
      ['2021-03-01', 'Baghdad', 1, 4],
    ]);
  });
});

describe('a Hijri month or its part: "في الأسبوع الأخير من شهر رمضان", "in the last week of Ramadan"', () => {
  it('dates the event in that part of the month before publication', () => {
    expect(
      incidents(
        ['وكانت قرية كفرعويد قد تعرضت في الأسبوع الأخير من شهر رمضان لقصف أدى إلى مقتل رجل في ريف إدلب.'],
        'ar',
        '2021-05-20',
      ).map((x) => [x.from, x.to]),
    ).toEqual([['2021-05-05', '2021-05-13']]);
  });
});

describe('", and a council member in X was shot dead": another event, its subject naming where', () => {
  it('splits the second event off the first, each with its own toll', () => {
    expect(
      incidents(
        [
          'Earlier this month, a roadside bomb near the town of Azaz killed three fighters, and a local official in Jarablus was shot dead by unknown gunmen.',
        ],
        'en',
        '2024-03-20',
      ).map((x) => [x.from, x.governorate, x.killed]),
    ).toEqual([
      ['2024-03-01', 'Aleppo', 3],
      ['2024-03-01', 'Aleppo', 1],
    ]);
  });
});

describe('"منذ انطلاقها في الأول من تشرين الأول": since they began, a span', () => {
  it('is read as a total over a span', () => {
    expect(
      periodTotal(
        matchView('ويرتفع عدد ضحايا الاحتجاجات منذ انطلاقها في الأول من تشرين الأول إلى 300 قتيل').text,
      ),
    ).toBe(true);
  });
});

describe('a Hijri month still running at publication: the setting, no date', () => {
  it('"في شهر رمضان" during Ramadan dates nothing; after it, the month', () => {
    const days = (text: string, published: string) =>
      findDates(matchView(text), { published, anchor: null }).map((d) => [d.date.from, d.date.to]);
    expect(days('يكتظ السوق بالمتسوقين في شهر رمضان', '2013-07-23')).toEqual([]);
    expect(days('قتل رجل بقصف في شهر رمضان الماضي', '2013-09-02')).toEqual([['2013-07-09', '2013-08-08']]);
  });
});
