// Rules from the fxnoinc2 round (issue 12, numbers in features, quotes and background totals drafted
// as incidents): a span's other counts in the sentence and the next, a week of blows, what a weapon
// can do, an onset told by a noun, and the wounded counted since a weekday; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

/** One dated blow with its own toll, to stand beside the figures each test adds. */
const BLOW_EN =
  'On Monday, a mortar shell hit a house in the town of Tal Tamr in Hasakah, killing a woman, medics said.';
const BLOW_AR = 'وصباح اليوم الثلاثاء، قتل رجل بانفجار عبوة ناسفة في مدينة الرقة.';
const ONE_EN = [{ from: '2020-12-28', to: '2020-12-28', governorate: 'Hasakah', killed: 1, wounded: null }];
/** The truce told on its day (no toll), and the one blow with its toll. */
const HAMA = [
  { from: '2020-06-29', to: '2020-06-29', governorate: 'Hama', killed: null, wounded: null },
  { from: '2020-06-28', to: '2020-06-28', governorate: 'Hama', killed: 3, wounded: null },
];
const ONE_AR = [{ from: '2020-12-29', to: '2020-12-29', governorate: 'Raqqa', killed: 1, wounded: null }];

describe('a span’s total keeps its other counts', () => {
  it('"…since June 1, while air strikes had killed 30 soldiers": blows in the plural with no place of their own', () => {
    expect(
      ingestedParagraphs(
        [
          'Monitor counts the dead in Hama',
          'A ceasefire in Hama province held on Monday after a week of clashes, a monitor said.',
          'A monitoring group said 700 people had been killed since June 1, while it said air strikes had killed 30 soldiers.',
          'On Sunday, shelling hit the village of Kafr Nabudah in Hama, killing three civilians.',
        ],
        '2020-06-29',
      ),
    ).toEqual(HAMA);
  });

  it('"The health ministry gave a lower figure of 90 dead": the next sentence’s figure of the same span', () => {
    expect(
      ingestedParagraphs(
        [
          'Monitor counts the dead in Hama',
          'A ceasefire in Hama province held on Monday after a week of clashes, a monitor said.',
          'A monitoring group said 700 people had been killed since June 1.',
          'The health ministry gave a lower figure of 90 dead.',
          'On Sunday, shelling hit the village of Kafr Nabudah in Hama, killing three civilians.',
        ],
        '2020-06-29',
      ),
    ).toEqual(HAMA);
  });
});

describe('a week or more of blows is no incident', () => {
  it('"killed in a single week of air strikes": many blows summed', () => {
    expect(
      ingestedParagraphs(
        [
          'A hard winter in Hasakah',
          'The hardest days came in November, when 40 people were killed in a single week of air strikes on villages near Qamishli.',
          BLOW_EN,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_EN);
  });
});

describe('what a weapon can do is no incident', () => {
  it('"It can kill a shepherd and burn a field," a council member said: a danger weighed, no dead', () => {
    expect(
      ingestedParagraphs(
        [
          'Drones over the farms of Idlib',
          'For farmers in Idlib and western Aleppo, rents for safe land have doubled.',
          '"A drone is cheap. It can kill a shepherd and burn a field," said a council member in Sarmin.',
          'On Monday, a drone struck a tractor near al-Atarib in western Aleppo, killing a farmer.',
        ],
        '2024-01-30',
      ),
    ).toEqual([{ from: '2024-01-29', to: '2024-01-29', governorate: 'Aleppo', killed: 1, wounded: null }]);
  });
});

describe('a count since an onset told by a noun is no incident', () => {
  it('"…منذ انتهاء المعارك بمقتل 300 مدني": since the end of the battles', () => {
    expect(
      ingestedParagraphs(
        [
          'ألغام الرقة',
          'وتسببت الألغام في الرقة منذ انتهاء المعارك بمقتل 300 مدني وإصابة 800 آخرين.',
          BLOW_AR,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_AR);
  });

  it('"…منذ تفجير السوق، الذي أسفر عن مقتل 12": a blow is an event of its own', () => {
    expect(
      ingestedParagraphs(
        [
          'توتر في الرقة',
          'وتشهد مدينة الرقة توتراً منذ تفجير السوق في العاشر من كانون الأول، الذي أسفر عن مقتل 12 شخصاً.',
          BLOW_AR,
        ],
        '2020-12-29',
      ),
    ).toEqual([
      { from: '2020-12-10', to: '2020-12-10', governorate: 'Raqqa', killed: 12, wounded: null },
      ...ONE_AR,
    ]);
  });
});

describe('the wounded counted since a weekday days before are a tally', () => {
  it('"عدد المصابين الذين استقبلتهم المشافي منذ يوم الخميس بلغ 300": several days’ wounded', () => {
    expect(
      ingestedParagraphs(
        [
          'حصيلة الجرحى',
          'وأعلنت مديرية الصحة أن عدد المصابين الذين استقبلتهم مشافي الرقة منذ يوم الخميس بلغ 300 مصاب.',
          BLOW_AR,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_AR);
  });
});
