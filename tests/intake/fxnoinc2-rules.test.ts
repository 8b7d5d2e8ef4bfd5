// Rules from the fxnoinc2 round (issue 12, numbers in features, quotes and background totals drafted
// as incidents): a span's other counts in the sentence and the next, a week of blows, a speaker's
// quoted words, what a weapon can do, the toll of blows counted before, an onset told by a noun, and
// the wounded counted since a weekday; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

/** One dated blow with its own toll, to stand beside the figures each test adds. */
const BLOW_EN =
  'On Monday, a mortar shell hit a house in the town of Tal Tamr in Hasakah, killing a woman, medics said.';
const BLOW_AR = 'وصباح اليوم الثلاثاء، قتل رجل بانفجار عبوة ناسفة في مدينة الرقة.';
const ONE_EN = [{ from: '2020-12-28', to: '2020-12-28', governorate: 'Hasakah', killed: 1, wounded: null }];
const ONE_AR = [{ from: '2020-12-29', to: '2020-12-29', governorate: 'Raqqa', killed: 1, wounded: null }];

describe('a span’s total keeps its other counts', () => {
  it('"…قتل فيها 40 شخصاً، وأصيب 60 آخرون": the others of a year’s tally, joined by a verb', () => {
    expect(
      ingestedParagraphs(
        [
          'عام من الضربات',
          'وبحسب مركز حقوقي، نفذت الطائرات خلال العام الجاري 30 ضربة، قتل فيها 40 شخصاً، وأصيب 60 آخرون.',
          BLOW_AR,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_AR);
  });

  it('"…منذ بدء الحملة، في حين لم تعلن الوزارة…، واكتفت بالإعلان عن مقتل 200": a second teller past a clause that counts nothing', () => {
    expect(
      ingestedParagraphs(
        [
          'حصيلة الحملة',
          'وثق المرصد مقتل 900 مدني منذ بدء الحملة يوم الخميس الماضي، في حين لم تعلن الوزارة أي أرقام، واكتفت بالإعلان عن مقتل 200 من عناصر الجيش.',
          BLOW_AR,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_AR);
  });

  it('"…since June 1, while air strikes had killed 30 of them": blows in the plural with no place of their own', () => {
    expect(
      ingestedParagraphs(
        [
          'Monitor counts the dead',
          'A monitoring group said 700 people had been killed since June 1, while it said air strikes had killed 30 soldiers.',
          BLOW_EN,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_EN);
  });

  it('"The ministry gave a lower figure of 90 dead": the next sentence’s figure of the same span', () => {
    expect(
      ingestedParagraphs(
        [
          'Monitor counts the dead',
          'A monitoring group said 700 people had been killed since June 1.',
          'The health ministry gave a lower figure of 90 dead.',
          BLOW_EN,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_EN);
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

describe('a speaker’s quoted words with no day and no count are no incident', () => {
  it('"“…the whistle of a shell…,” said a farmer": how things are to a witness', () => {
    expect(
      ingestedParagraphs(
        [
          'Living under the shells in Hasakah',
          '"Our goats now run before we hear the whistle of a shell," said a farmer from a village near Tal Tamr in Hasakah.',
          BLOW_EN,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_EN);
  });
});

describe('what a weapon can do is no incident', () => {
  it('"One shell can kill a shepherd": a danger weighed, no dead', () => {
    expect(
      ingestedParagraphs(
        [
          'Living under the shells in Hasakah',
          'One shell can kill a shepherd and his flock, a council member in Tal Tamr said.',
          BLOW_EN,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_EN);
  });

  it('"engineers fear that the shelling could damage the bridge": a blow that may come', () => {
    expect(
      ingestedParagraphs(
        [
          'Living under the shells in Hasakah',
          'The bridge at Tal Tamr carries the only road to Hasakah city, and engineers fear that the shelling could damage it.',
          BLOW_EN,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_EN);
  });
});

describe('the dead of blows the sentence before counted are their tally', () => {
  it('"…recorded 500 strikes in 2020. The strikes killed 80 people": the tally’s toll', () => {
    expect(
      ingestedParagraphs(
        [
          'A year of strikes',
          'A monitoring group recorded 500 strikes on villages in Hasakah in 2020.',
          'The strikes killed 80 people and wounded 200.',
          BLOW_EN,
        ],
        '2020-12-29',
      ),
    ).toEqual(ONE_EN);
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
