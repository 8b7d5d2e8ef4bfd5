// General rules found on probe-p's misses (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

describe('a day of the month told as a compound ordinal', () => {
  it.each([
    ['الثالث والعشرين', '2021-03-23'],
    ['السابع عشر', '2021-03-17'],
  ])('"في %s من آذار الماضي" is that day', (ordinal, day) => {
    const got = extracted(
      [`وكان سوق مدينة بعقوبة قد تعرض في ${ordinal} من آذار الماضي لتفجير أدى إلى مقتل 12 شخصاً.`],
      'ar',
      '2021-04-10',
    );
    expect(got.map((x) => [x.date?.from, x.date?.to, x.killed])).toEqual([[day, day, 12]]);
  });
});

describe('one of the wounded, told who they were between commas, who died later', () => {
  it('moves from the wounded to the dead', () => {
    const got = extracted(
      [
        'A mortar shell killed two civilians and wounded six in the town of Mhardeh in Hama province on Tuesday.',
        'One of the injured, a 12-year-old boy, later died in hospital, raising the death toll to three.',
      ],
      'en',
      '2021-09-14',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed, x.wounded])).toEqual([['Hama', 3, 5]]);
  });
});

describe('where the doers are based', () => {
  it.each([
    ['إرهابيون من التنظيمات المنتشرة في ريف إدلب الجنوبي أطلقوا قذائف صاروخية على مدينة السقيلبية', 'ar'],
    ['Militants stationed in southern Idlib fired rockets at the town of Suqaylabiyah.', 'en'],
  ] as const)('is not the place of the blow: %s', (sentence, lang) => {
    expect(resolvePlace(sentence, lang)?.governorate?.en).toBe('Hama');
  });
});

describe('the attackers counted inside the toll', () => {
  it.each([
    [
      [
        'Two suicide bombers struck a checkpoint north of Hilla in Babil province on Friday, killing nine people, including the two attackers.',
      ],
      'en',
    ],
    [
      [
        'فجر انتحاريان نفسيهما عند نقطة تفتيش شمال الحلة في محافظة بابل اليوم الجمعة، ما أسفر عن مقتل تسعة أشخاص بينهم الانتحاريان.',
      ],
      'ar',
    ],
  ] as const)('leave the victims’ count: %s', (paragraphs, lang) => {
    expect(
      extracted([...paragraphs], lang, '2021-09-17').map((x) => [
        x.place.governorate?.en,
        x.killed,
        x.attackersKilled,
      ]),
    ).toEqual([['Babil', 7, 2]]);
  });
});

describe('a toll risen "بعد وفاة اثنين من الجرحى"', () => {
  it('moves the two from the wounded to the dead', () => {
    const got = extracted(
      [
        'قتل ثلاثة من عناصر الشرطة وأصيب أربعة آخرون بهجوم مسلح على نقطة تفتيش في قضاء الحويجة غرب كركوك فجر اليوم.',
        'وفي وقت لاحق، أفاد مصدر طبي بأن الحصيلة ارتفعت إلى خمسة قتلى بعد وفاة اثنين من الجرحى.',
      ],
      'ar',
      '2021-09-14',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed, x.wounded])).toEqual([['Kirkuk', 5, 2]]);
  });
});

describe('where the attackers withdrew to, told with the verb’s present form', () => {
  it('"قبل أن ينسحبوا باتجاه …" is no place of the event', () => {
    const got = extracted(
      [
        'قتل ثلاثة من عناصر الشرطة بهجوم مسلح على نقطة تفتيش في قضاء الحويجة غرب كركوك فجر اليوم.',
        'واستمر الاشتباك قرابة ساعة قبل أن ينسحب المهاجمون باتجاه سلسلة جبال حمرين في صلاح الدين.',
      ],
      'ar',
      '2021-09-14',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed])).toEqual([['Kirkuk', 3]]);
  });
});

describe('a link to another story ("اقرأ أيضاً: …", "Read more: …")', () => {
  it.each([
    [
      'مقتل ثلاثة برصاص مجهولين في ريف درعا',
      'قُتل ثلاثة أشخاص برصاص مسلحين مجهولين قرب بلدة المزيريب في ريف درعا الغربي، مساء الثلاثاء.',
      'اقرأ أيضًا: 5 قتلى بانفجار عبوة ناسفة في طفس',
    ],
    [
      'Gunmen kill three in Daraa countryside',
      'Gunmen killed three people near the town of Muzayrib in the western Daraa countryside on Tuesday evening.',
      'Read more: Five killed in a bomb blast in Tafas',
    ],
  ])('is not part of the article: %s', (title, body, link) => {
    const result = ingest([title, '', body, '', link].join('\n'), { published: '2021-10-27' });
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents?.map((x) => [x.place.governorate?.en, x.killed])).toEqual([['Daraa', 3]]);
  });
});

describe('a toll over a span told from an event or by months of the year', () => {
  it.each([
    [
      [
        'وبحسب المجلس المحلي، قُتل أكثر من 300 مدني بانفجار الألغام منذ طرد التنظيم من مدينة الرقة في تشرين الأول الماضي.',
      ],
      'ar',
      '2017-12-12',
    ],
    [
      [
        'According to police figures, 45 people were killed in tribal disputes in Basra province in the first nine months of the year.',
      ],
      'en',
      '2018-10-30',
    ],
  ] as const)('is no incident: %s', (paragraphs, lang, published) => {
    expect(extracted([...paragraphs], lang, published)).toEqual([]);
  });
});
