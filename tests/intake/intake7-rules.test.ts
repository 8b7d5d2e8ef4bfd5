import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/intake/actors/actor-table.js';
import { actorRoles } from '../../src/intake/actors/actors.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { findDates } from '../../src/intake/dates/dates.js';
import { findNumbers } from '../../src/intake/reading/numbers.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

// Rules of the seventh round (issue 12, from probe-g), each tested on examples of its own wording.

const summary = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('an epidemic’s cases and deaths are no incident', () => {
  it.each([
    [
      [
        'سجلت دائرة صحة كركوك اليوم الخميس 58 إصابة جديدة بالحصبة بينها حالتا وفاة.',
        'وقال مدير الدائرة إن قضاء الحويجة سجل وحده 31 إصابة.',
      ],
      'ar',
    ],
    [
      [
        'Health officials in Raqqa on Thursday reported 64 new cases of cholera, including three deaths.',
        'Most of the 40 cases in the city were among children, they said.',
      ],
      'en',
    ],
  ] as const)('%s', (paragraphs, lang) => {
    expect(extracted([...paragraphs], lang, '2022-03-10')).toEqual([]);
  });

  it('an attack in an article that also names a disease is still an incident', () => {
    const got = summary(
      [
        'قتل ثلاثة مدنيين بهجوم مسلح على قرية في قضاء الحويجة جنوب غربي كركوك اليوم الخميس.',
        'وكانت القرية قد سجلت إصابات بالكوليرا الشهر الماضي.',
      ],
      'ar',
      '2022-03-10',
    );
    expect(got).toEqual([['Kirkuk', 3, null]]);
  });
});

describe('a toll since the fighting began, and earlier attacks summed, are totals', () => {
  it.each([
    [
      [
        'قتل ستة أشخاص في اشتباكات بين فصيلين مسلحين في مدينة الباب بريف حلب اليوم السبت.',
        'وترتفع بذلك حصيلة الاشتباكات منذ اندلاعها قبل أسبوع إلى 31 قتيلا.',
      ],
      'ar',
      [['Aleppo', 6, null]],
    ],
    [
      [
        'انفجرت سيارة مفخخة في مدينة عفرين بريف حلب اليوم السبت ما أدى إلى مقتل أربعة أشخاص.',
        'وأسفرت الهجمات الخمس السابقة في المدينة عن مقتل 23 شخصا.',
      ],
      'ar',
      [['Aleppo', 4, null]],
    ],
    [
      [
        'A car bomb killed four people in the town of Afrin in Aleppo province on Saturday.',
        'The four previous bombings in the town killed 23 people, activists said.',
      ],
      'en',
      [['Aleppo', 4, null]],
    ],
  ] as const)('%s', (paragraphs, lang, expected) => {
    expect(summary([...paragraphs], lang, '2022-03-12')).toEqual(expected);
  });
});

describe('another source’s toll with its own account of the event is the same event', () => {
  it('“put the death toll at …, saying an attack …”', () => {
    const got = summary(
      [
        'At least nine soldiers were killed on Friday when militants attacked an army post in the desert of Deir ez-Zor province, a monitor said.',
        'State media put the death toll at six, saying a terrorist attack had hit a checkpoint.',
      ],
      'en',
      '2022-03-12',
    );
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toBe('Deir ez-Zor');
  });
});

describe('how the fighting began, told in the pluperfect, is background', () => {
  it.each([
    [
      [
        'قتل خمسة أشخاص في اشتباكات بين عشيرتين في ناحية الشحيل بريف دير الزور مساء أمس.',
        'وكانت الاشتباكات قد اندلعت بعد خلاف على أرض زراعية، لتمتد لاحقا إلى بلدة البصيرة.',
      ],
      'ar',
    ],
    [
      [
        'Five people were killed on Friday in clashes between two tribes in the town of al-Busayrah in Deir ez-Zor province.',
        'The clashes had erupted after a dispute over farmland and later spread to the town of Shuhayl.',
      ],
      'en',
    ],
  ] as const)('%s', (paragraphs, lang) => {
    expect(summary([...paragraphs], lang, '2022-03-12')).toEqual([['Deir ez-Zor', 5, null]]);
  });
});

describe('English casualty phrasing', () => {
  const count = (text: string) => {
    const c = findCasualties(matchView(text), 'en');
    return [c.killed, c.wounded];
  };
  it.each([
    // a count before another casualty verb is that verb's subject
    ['Three policemen were killed and another was injured in the blast', [3, 1]],
    ['Four guards died and another hurt when the convoy was hit', [4, 1]],
    ['A farmer was killed and another wounded by a landmine', [1, 1]],
    ['Five soldiers were killed and another two were wounded', [5, 2]],
    // whose members, told at length, before the verb
    ['Three members of the local tribal defence forces were killed by a roadside bomb', [3, null]],
  ] as const)('%s', (text, expected) => {
    expect(count(text)).toEqual(expected);
  });
});

describe('a name told with where it lies: the bearing wins over a namesake elsewhere', () => {
  it.each([
    // the gazetteer has a Hadar in Syria's Quneitra; "south of Mosul" places this one in Nineveh
    ['militants attacked a checkpoint in the Hadar area, south of Mosul', 'en', 'Nineveh'],
    ['a mortar shell fell near Badush, northwest of Mosul', 'en', 'Nineveh'],
  ] as const)('%s', (text, lang, governorate) => {
    expect(resolvePlace(text, lang)?.governorate?.en).toBe(governorate);
  });
});

describe('“earlier this month” ends the day before it is told', () => {
  const dateOf = (text: string, published: string) =>
    findDates(matchView(text), { published, anchor: null, lead: null }).map((d) => [d.date.from, d.date.to]);
  it.each([
    ['Earlier this month, a bomb killed two farmers', '2019-07-18', [['2019-07-01', '2019-07-17']]],
    ['وفي وقت سابق من هذا الشهر قتل مزارعان بانفجار عبوة', '2019-07-18', [['2019-07-01', '2019-07-17']]],
    // told on the 1st: nothing of the month lies before it
    ['earlier this month, a bomb killed two farmers', '2019-07-01', [['2019-07-01', '2019-07-01']]],
  ] as const)('%s (%s)', (text, published, expected) => {
    expect(dateOf(text, published)).toEqual(expected);
  });
});

describe('a parenthesis that tells where a town lies is not the place', () => {
  it('“مدينة سراقب (15 كم شرق إدلب)” is Saraqib', () => {
    const place = resolvePlace(
      'سقطت قذائف على الأطراف الشمالية لمدينة سراقب (15 كم شرق إدلب) صباح اليوم',
      'ar',
    );
    expect(place?.district?.en).toBe('Idlib');
    expect(place?.text).toContain('سراقب');
  });
});

describe('a toll told unsplit, then dead and wounded on a day of their own', () => {
  it('are two events', () => {
    const got = extracted(
      [
        'وسقط ثمانية مدنيين بين قتيل وجريح اليوم الثلاثاء بقصف مدفعي طال بلدة سراقب شرق إدلب.',
        'وكان 12 مدنيا قتلوا وجرح 30 آخرون يوم الجمعة الماضي بغارات على مدينة جسر الشغور.',
      ],
      'ar',
      '2020-02-04',
    );
    expect(got.map((x) => [x.date?.from ?? null, x.killed, x.wounded])).toEqual([
      ['2020-02-04', null, null],
      ['2020-01-31', 12, 30],
    ]);
  });
});

describe('one person named by trade or by chance', () => {
  it.each([
    ['قتل مدرس برصاص مجهولين أمام منزله', 'ar', [1, null]],
    ['وأصيب مهندس بجروح في الانفجار', 'ar', [null, 1]],
    ['A bystander was injured by shrapnel', 'en', [null, 1]],
    // kin told among the counted are not more of them
    ['أدى الانفجار إلى مقتل أربعة مدنيين بينهم رجل وابنه', 'ar', [4, null]],
    ['Three soldiers were killed and a pedestrian was wounded', 'en', [3, 1]],
  ] as const)('%s', (text, lang, expected) => {
    const c = findCasualties(matchView(text), lang);
    expect([c.killed, c.wounded]).toEqual(expected);
  });
});

describe('a lead total told across several governorates sums the items of each', () => {
  it('is no incident of its own', () => {
    const got = summary(
      [
        'قتل شخصان وأصيب ثلاثة آخرون في حوادث متفرقة شهدتها محافظتا حلب وإدلب خلال الساعات الماضية.',
        'ففي حلب، قتل سائق بانفجار عبوة ناسفة في مدينة الباب صباح اليوم الأحد.',
        'وفي إدلب، قتل شخص وأصيب ثلاثة آخرون بقصف مدفعي على بلدة سرمين مساء أمس.',
      ],
      'ar',
      '2021-05-09',
    );
    expect(got).toEqual([
      ['Aleppo', 1, null],
      ['Idlib', 1, 3],
    ]);
  });
});

describe('a large Arabic number written as scales joined by “و” is one number', () => {
  it.each([
    ['صدرت الشركة 42 مليونا و300 ألف طن من القمح', [42300000]],
    ['بلغت الموازنة 7 مليارات و450 مليون دينار', [7450000000]],
    ['وزعت المنظمة ثلاثة آلاف و200 سلة غذائية', [3200]],
    // and half of its unit
    ['خصصت الوزارة مليونا ونصف المليون دينار للمنحة', [1500000]],
    ['عاد ثلاثة ملايين ونصف نازح إلى مناطقهم', [3500000]],
    // a smaller number after "و" that is no part of it: another number
    ['قتل 5 وجرح 10', [5, 10]],
  ] as const)('%s', (text, values) => {
    expect(findNumbers(matchView(text)).map((n) => n.value)).toEqual(values);
  });
});

describe('who holds the place, its name in quotes, is no side', () => {
  it('«الخاضعة لسيطرة فصائل "الجيش الوطني"»', () => {
    const view = matchView(
      'انفجرت سيارة مفخخة في مدينة الباب الخاضعة لسيطرة فصائل "الجيش الوطني السوري" ما أدى إلى مقتل شخصين',
    );
    expect(actorRoles(view, findActorMentions(view)).actors).toEqual([]);
  });
});
