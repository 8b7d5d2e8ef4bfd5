// Rules from the fxextras14 round (issue 12, extra drafts): what troops or elders act to forestall
// ("لمنع تجدد الاشتباكات", "to prevent revenge attacks"), no event of its own; a toll of the wave of
// attacks that followed an event, a span's total; a campaign's start told in the pluperfect, background;
// a count of raids over two weeks, a tally; a wave of violence that followed an event; a week's toll
// told across the country or a side of it, a weekly tally; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';
import { periodTotal } from '../../src/intake/roundups/period-totals.js';
import { matchView } from '../../src/intake/reading/view.js';

describe('what is done to forestall more fighting: no event of its own', () => {
  it('"إن قوة أمنية انتشرت في القرية ظهر اليوم لمنع تجدد الاشتباكات", told the day after', () => {
    expect(
      ingested(
        'قتيلان في نزاع عشائري شمال البصرة',
        [
          'قتل شخصان وأصيب أربعة آخرون في نزاع عشائري اندلع مساء أمس الجمعة في قرية تابعة لقضاء القرنة شمال البصرة.',
          'وقال مصدر في الشرطة إن قوة أمنية انتشرت في القرية ظهر اليوم لمنع تجدد الاشتباكات بين الطرفين.',
        ],
        '2019-03-09',
      ),
    ).toEqual([{ from: '2019-03-08', to: '2019-03-08', governorate: 'Basra', killed: 2, wounded: 4 }]);
  });

  it('"Troops were sent … on Monday to prevent renewed clashes", told the day after', () => {
    expect(
      ingested(
        'Two killed in tribal feud in Maysan',
        [
          'Two men were killed and three wounded on Sunday in a tribal dispute over farmland in a village north of Amara, police said.',
          'Troops were sent to the village on Monday to prevent renewed clashes between the two clans, a police officer said.',
        ],
        '2019-03-11',
      ),
    ).toEqual([{ from: '2019-03-10', to: '2019-03-10', governorate: 'Maysan', killed: 2, wounded: 3 }]);
  });
});

describe('a toll of the wave of attacks that followed an event: a span, not an incident', () => {
  it('"وقتل أكثر من 300 شخص في العراق في موجة الهجمات التي أعقبت إعلان نتائج الانتخابات في 5 آذار"', () => {
    expect(
      ingested(
        'مقتل أربعة بتفجير في تكريت',
        [
          'قتل أربعة أشخاص وأصيب عشرة آخرون بانفجار سيارة مفخخة صباح اليوم الثلاثاء قرب سوق في مدينة تكريت، بحسب مصدر في الشرطة.',
          'وقتل أكثر من 300 شخص في العراق في موجة الهجمات التي أعقبت إعلان نتائج الانتخابات في 5 آذار/مارس.',
        ],
        '2010-04-13',
      ),
    ).toEqual([{ from: '2010-04-13', to: '2010-04-13', governorate: 'Salahuddin', killed: 4, wounded: 10 }]);
  });

  it('"More than 200 people have been killed in the wave of violence that followed the vote on March 7"', () => {
    expect(
      ingested(
        'Bomb kills four in Tikrit',
        [
          'A car bomb killed four people and wounded 10 near a market in Tikrit on Tuesday morning, police said.',
          'More than 200 people have been killed in Iraq in the wave of violence that followed the vote on March 7.',
        ],
        '2010-04-13',
      ),
    ).toEqual([{ from: '2010-04-13', to: '2010-04-13', governorate: 'Salahuddin', killed: 4, wounded: 10 }]);
  });
});

describe('a wave of violence told as following an event: its toll a span’s', () => {
  it('"وتشهد المدينة توتراً منذ اغتيال … في العاشر من كانون الثاني، والذي أعقبته موجة من أعمال العنف أودت بحياة نحو 600 شخص"', () => {
    expect(
      ingested(
        'مقتل شرطيين بهجوم في الحلة',
        [
          'قتل شرطيان وأصيب ثالث بهجوم مسلح على نقطة تفتيش، اليوم الأربعاء، في مدينة الحلة مركز محافظة بابل.',
          'وتشهد المدينة توتراً منذ اغتيال أحد شيوخ العشائر في بغداد في العاشر من كانون الثاني الماضي، والذي أعقبته موجة من أعمال العنف أودت بحياة نحو 600 شخص في عموم البلاد.',
        ],
        '2007-02-14',
      ),
    ).toEqual([{ from: '2007-02-14', to: '2007-02-14', governorate: 'Babil', killed: 2, wounded: 1 }]);
  });
});

describe('a campaign’s start told in the pluperfect: background, no event of its own', () => {
  it('"وكانت القوات التركية قد بدأت يوم الثلاثاء الماضي هجوماً على مناطق شمال سوريا"', () => {
    expect(
      ingested(
        'ثلاثة قتلى بقصف تركي على رأس العين',
        [
          'قتل ثلاثة مدنيين وأصيب خمسة آخرون، مساء أمس الجمعة، جراء قصف مدفعي تركي على حي سكني في مدينة رأس العين بريف الحسكة.',
          'وكانت القوات التركية والفصائل الموالية لها قد بدأت يوم الثلاثاء الماضي هجوماً على مناطق شمال سوريا.',
        ],
        '2019-10-12',
      ),
    ).toEqual([{ from: '2019-10-11', to: '2019-10-11', governorate: 'Hasakah', killed: 3, wounded: 5 }]);
  });
});

describe('a count over two weeks: how long a tally ran, no day of one event', () => {
  it('"فيما نفذت الطائرات الحربية أكثر من 200 غارة على البلدات المجاورة خلال أسبوعين"', () => {
    expect(
      periodTotal(
        matchView('فيما نفذت الطائرات الحربية أكثر من 200 غارة على البلدات المجاورة خلال أسبوعين.').text,
      ),
    ).toBe(true);
  });

  it('"Warplanes carried out more than 200 raids on the nearby towns over two weeks"', () => {
    expect(
      periodTotal(
        matchView('Warplanes carried out more than 200 raids on the nearby towns over two weeks.').text,
      ),
    ).toBe(true);
  });
});

describe('a week’s toll told across the country or a side of it: a weekly tally', () => {
  it('"At least 11 people were killed … in violence across northern Iraq this week", then its items', () => {
    expect(
      ingested(
        'Weekly roundup: 11 killed in northern Iraq',
        [
          'At least 11 people were killed and 15 wounded in violence across northern Iraq this week, as militants kept up attacks in Kirkuk and Nineveh.',
          'Kirkuk: On Monday, a roadside bomb killed two soldiers near Daquq.',
          'Nineveh: On Wednesday, gunmen shot dead a village mukhtar south of Mosul.',
        ],
        '2019-05-18',
      ),
    ).toEqual([
      { from: '2019-05-13', to: '2019-05-13', governorate: 'Kirkuk', killed: 2, wounded: null },
      { from: '2019-05-15', to: '2019-05-15', governorate: 'Nineveh', killed: 1, wounded: null },
    ]);
  });

  it('"قتل 12 شخصاً وأصيب 20 آخرون في مناطق شمال شرق سوريا هذا الأسبوع، …", then its items', () => {
    expect(
      ingested(
        'حصيلة أسبوعية: 12 قتيلاً في شمال شرق سوريا',
        [
          'قتل 12 شخصاً وأصيب 20 آخرون في مناطق شمال شرق سوريا هذا الأسبوع، مع استمرار هجمات خلايا التنظيم في ريف دير الزور.',
          'ففي دير الزور، قتل مسلحون مجهولون، يوم الاثنين، عنصرين من قوات سوريا الديمقراطية في بلدة البصيرة.',
          'وفي الحسكة، أصيب ثلاثة مدنيين، يوم الأربعاء، بانفجار لغم في بلدة تل تمر.',
        ],
        '2021-11-20',
      ),
    ).toEqual([
      { from: '2021-11-15', to: '2021-11-15', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
      { from: '2021-11-17', to: '2021-11-17', governorate: 'Hasakah', killed: null, wounded: 3 },
    ]);
  });
});
