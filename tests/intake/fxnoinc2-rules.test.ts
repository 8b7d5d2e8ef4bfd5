// Rules from the fxnoinc2 round (issue 12, numbers in features, quotes and background totals drafted
// as incidents): a span's other counts in the sentence and the next, a week of blows, what a weapon
// can or could do, an onset told by a noun, the wounded counted since a weekday, a tally of blows'
// toll and a speaker quoted; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingestedParagraphs } from '../support/tolls.js';

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
/** A drone on a tractor near al-Atarib on Monday, alone of the article's counts. */
const TRACTOR = [{ from: '2024-01-29', to: '2024-01-29', governorate: 'Aleppo', killed: 1, wounded: null }];
/** A feature on exiles under the drones: a year's strikes, a teacher quoted, then Sunday's strike. */
const KOYA_FEATURE =
  'Exiles near Koya live under the drones\n\nKOYA, Kurdistan Region - The camps of exiled parties around Koya have stood on these hills for decades.\n\nOfficials in the region say Iran carried out at least 50 drone and missile strikes on its territory in 2022, killing 15 people and wounding 40.\n\n"Our pupils have learned to tell the sound of a drone from the sound of a jet," said Dilan Ahmed, a teacher at the Koya camp school, which has 210 pupils.\n\nOn Sunday, a drone struck a house on the outskirts of Koya, wounding two people, the mayor said.\n';
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
  it('"…engineers have warned that repeated shelling could damage its gates": what a blow could do, no event', () => {
    expect(
      ingestedParagraphs(
        [
          'Shelling near the dam',
          'On Monday, a drone struck a tractor near al-Atarib in western Aleppo, killing a farmer.',
          'The Tabqa Dam, on the Euphrates, supplies water to more than 300,000 people in the area, and engineers have warned that repeated shelling could damage its gates.',
        ],
        '2024-01-30',
      ),
    ).toEqual(TRACTOR);
  });

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

describe('a tally of blows keeps its toll', () => {
  it('"The attacks killed 140 people" after a count of 870 attacks: that tally\'s toll, never an event\'s', () => {
    const drafted = ingestedParagraphs(
      [
        'Drones empty the fields of the northwest',
        'Orient News – Idlib',
        'For shepherds near the front lines of Idlib, the sound that matters now is the hum of a small drone.',
        'According to the rescue service, its teams answered 870 attacks by government forces on northwestern Syria in 2023, including 64 attacks with drones. The attacks killed 140 people, among them 38 children, and injured 510.',
        'On Monday, a drone struck a tractor near al-Atarib in western Aleppo, killing a farmer.',
      ],
      '2024-01-30',
    );
    expect(drafted).toContainEqual(TRACTOR[0]);
    expect(drafted.filter((x) => x.killed === 140 || x.wounded === 510)).toEqual([]);
  });
});

describe('a speaker quoted is no event', () => {
  it('"…," said a teacher at the Koya camp school: attributed direct speech opens no incident', () => {
    const drafted = draftedIncidents(KOYA_FEATURE, '2023-03-07');
    expect(drafted.map((x) => [x.date.from, x.place.governorate?.en, x.killed, x.wounded])).toEqual([
      ['2023-03-05', 'Erbil', null, 2],
    ]);
    expect(drafted[0]?.description.en).toMatch(/^On Sunday, a drone struck/);
  });
});
