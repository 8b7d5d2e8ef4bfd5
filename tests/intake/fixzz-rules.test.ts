// Rules added on the misses of probe-zz and probe-zq (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a vague quantity is the subject of the casualty verb after it', () => {
  it('leaves the wounded unset in "…, among them five women, and scores wounded"', () => {
    expect(
      tolls(
        [
          'Rescuers said 19 people were killed when shells hit a bakery in Douma on Sunday, among them five women, and scores wounded.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 19, wounded: null }]);
  });
});

describe('an hour of the day told between an Arabic verb and its object', () => {
  it('reads the victim after "في وقت متأخر من مساء أمس"', () => {
    expect(
      tolls(
        ['اغتال مسلحون ملثمون، في وقت متأخر من مساء أمس، مختار قرية البو عيثة بإطلاق النار عليه جنوب بغداد.'],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('a plural hyphenated person noun is counted', () => {
  it('counts three wounded in "Three passers-by were also wounded"', () => {
    expect(
      tolls(
        [
          'A roadside bomb killed a police officer in Kirkuk on Tuesday, police said. Three passers-by were also wounded in the blast.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('"and the" + a person noun after a count is one more', () => {
  it('counts four dead in "killing three guards and the elderly shepherd"', () => {
    expect(
      tolls(
        [
          'Gunmen attacked a farm near Tuz Khurmatu on Friday, killing three guards and the elderly shepherd.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
  it('joins one past the group the count belongs to: "two members of the police force and the driver"', () => {
    expect(
      tolls(
        [
          'An explosive device hit a patrol near Mosul on Friday, killing two members of the police force and the driver.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a running total over a span after an event is a clause of its own', () => {
  it('keeps the event’s own dead beside "ليرتفع عدد قتلى … منذ بداية العام إلى 87"', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب بلدة الصور بريف دير الزور الشمالي اليوم، ليرتفع عدد قتلى الجيش في المنطقة منذ بداية العام إلى 87.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
  it('keeps the event’s own dead beside ", bringing the number … since the start of the year to 87"', () => {
    expect(
      tolls(
        [
          'Three soldiers were killed when a bomb hit their patrol near Busayra in Deir ez-Zor on Sunday, bringing the number of troops killed in the area since the start of the year to 87.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

const roundup = (last: string) => [
  'رصد المرصد السوري مقتل شخصين خلال الساعات الـ24 الماضية في محافظة درعا، على النحو التالي:',
  '- قتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي.',
  '- قتل رجل بانفجار عبوة ناسفة قرب مدينة نوى بريف درعا الغربي.',
  last,
];

describe('an item a lead total sums, reported the day before, keeps that day', () => {
  it('dates it on the two days before publication though the lead counts its wounded', () => {
    const [lead, ...items] = roundup(
      'ونشر المرصد السوري، يوم أمس، أن عنصرين من قوات النظام أصيبا بجروح جراء استهداف حاجز لهم في مدينة بصرى الشام.',
    );
    const dated = run([lead!.replace('مقتل شخصين', 'مقتل شخصين وإصابة اثنين'), ...items], 'ar');
    expect(dated.map((x) => [x.date.from, x.date.to])).toEqual([
      ['2021-05-11', '2021-05-12'],
      ['2021-05-11', '2021-05-12'],
      ['2021-05-10', '2021-05-11'],
    ]);
  });
});

describe('news reported before the event just told is another event', () => {
  it('keeps "ونشر المرصد، يوم أمس، أن …" apart from an item of the same town in the 24 hours', () => {
    const items = run(
      roundup(
        'ونشر المرصد السوري، يوم أمس، أن عنصرين من قوات النظام أصيبا بجروح جراء استهداف حاجز لهم في مدينة طفس.',
      ),
      'ar',
    );
    expect(items.map((x) => ({ killed: x.killed, wounded: x.wounded }))).toEqual([
      { killed: 1, wounded: null },
      { killed: 1, wounded: null },
      { killed: null, wounded: 2 },
    ]);
  });
});

describe('an earlier report told with "وكان … أفاد" and no "قد"', () => {
  it('keeps one incident with the risen toll, not the preliminary one beside it', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا التفجيرين اللذين استهدفا حي السوق في مدينة جبلة اليوم إلى 21 قتيلاً و40 جريحاً.',
          'وكان مصدر في الشرطة أفاد في وقت سابق بأن إرهابيين فجروا سيارة مفخخة عند دوار البلدية في الحي، أعقبها تفجير انتحاري نفسه بحزام ناسف، ما أدى إلى مقتل 12 مواطناً وإصابة 25 آخرين بجروح.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 21, wounded: 40 }]);
  });
});
