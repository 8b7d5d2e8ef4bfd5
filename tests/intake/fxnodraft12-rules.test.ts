// Rules from the fxnodraft12 round (issue 12, gold incidents never drafted): a single killing placed
// in the series it belongs to ("في سلسلة اغتيالات … منذ"), no total over the series' span; and a blow
// with its own toll that fell during the recovery of a grave's remains, no remains found; and a
// roundup item opening on its place with no event word, its toll in a later clause; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';
import { withoutSeriesCount } from '../../src/intake/events/series/one-of.js';
import { tellsRemains } from '../../src/intake/places/grave-site.js';
import { matchView } from '../../src/intake/reading/view.js';

describe('one killing placed in a series told with "since": the earlier event, not a span', () => {
  it('"ويأتي الاغتيال بعد أيام من مقتل طبيب …، في سلسلة اغتيالات تستهدف الأطباء منذ مطلع العام"', () => {
    expect(
      ingested(
        'اغتيال مهندس في البصرة',
        [
          'اغتال مسلحون مجهولون صباح اليوم الأحد مهندساً في شركة النفط أمام منزله في حي الجزائر وسط البصرة.',
          'ويأتي الاغتيال بعد ثلاثة أيام من مقتل طبيب برصاص مسلحين قرب عيادته في حي العشار، في سلسلة اغتيالات تستهدف الأطباء والمهندسين منذ مطلع العام.',
        ],
        '2006-03-12',
      ),
    ).toEqual([
      { from: '2006-03-12', to: '2006-03-12', governorate: 'Basra', killed: 1, wounded: null },
      { from: '2006-03-09', to: '2006-03-09', governorate: 'Basra', killed: 1, wounded: null },
    ]);
  });

  it('sets the series aside only beside one victim: "in a wave of killings … since" of several may sum the span', () => {
    const one = matchView(
      'a judge was shot dead in Daraa, in a wave of killings of officials since 2018',
    ).text;
    expect(withoutSeriesCount(one, true)).not.toMatch(/since/);
    expect(withoutSeriesCount(one, false)).toMatch(/since/);
  });
});

describe('a blow during the recovery of remains: a blow of its own', () => {
  it('"انفجرت عبوة على فريق الدفاع المدني خلال عمليات انتشال الرفات، ما أسفر عن إصابة اثنين"', () => {
    expect(
      ingested(
        'العثور على مقبرة جماعية في الموصل',
        [
          'أعلن مصدر أمني، اليوم الخميس، العثور على مقبرة جماعية تضم رفات 30 شخصاً في حي الزنجيلي غربي الموصل.',
          'وأضاف المصدر أن عبوة ناسفة انفجرت على فريق للدفاع المدني خلال عمليات انتشال الرفات عصر اليوم، ما أسفر عن إصابة عنصرين بجروح.',
        ],
        '2018-05-10',
      ),
    ).toEqual([{ from: '2018-05-10', to: '2018-05-10', governorate: 'Nineveh', killed: null, wounded: 2 }]);
  });

  it('"while they were exhuming the remains", with a toll; the recovery alone still tells remains', () => {
    const blow = matchView(
      'A roadside bomb wounded two rescuers while they were exhuming the remains near the town',
    ).text;
    expect(tellsRemains(blow, true)).toBe(false);
    const recovery = matchView(
      'Teams continued exhuming the remains while they were exhuming the remains',
    ).text;
    expect(tellsRemains(recovery, false)).toBe(true);
  });
});

describe('a roundup item opening on its place, its toll in a later clause that names none', () => {
  it('"وفي حلب، اقتحمت قوات النظام حي الصاخور، وأفاد ناشطون بأن عناصرها أعدموا خمسة شبان"', () => {
    expect(
      ingested(
        'حصيلة اليوم في سوريا',
        [
          'ففي حمص، قتل ثمانية مدنيين بقصف مدفعي على حي بابا عمرو صباح اليوم الثلاثاء.',
          'وفي حلب، اقتحمت قوات النظام حي الصاخور صباح اليوم بعشرات الآليات، وأفاد ناشطون بأن عناصرها أعدموا خمسة شبان أمام منازلهم.',
        ],
        '2012-06-12',
      ),
    ).toEqual([
      { from: '2012-06-12', to: '2012-06-12', governorate: 'Homs', killed: 8, wounded: null },
      { from: '2012-06-12', to: '2012-06-12', governorate: 'Aleppo', killed: 5, wounded: null },
    ]);
  });
});
