// Rules on totals and background that are not incidents, and roundup items that run together
// (issue 12; misses of probe-zb, -zc, -zf, -zg), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const draft = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published);
const tolls = (paragraphs: string[], published: string) =>
  draft(paragraphs, published).map((x) => [x.killed, x.wounded]);

describe('a roundup item that tells an operation of its own', () => {
  it('"Soldiers killed three insurgents in an ambush" after a body found is its own item, and the lead sums it', () => {
    expect(
      tolls(
        [
          'Iraq: 5 killed, 4 wounded in attacks',
          'At least five people were killed and four more were wounded in attacks across Iraq, police said on Thursday.',
          'A bomb wounded three shoppers at a market in Baquba.',
          'In Mosul, the body of a shop owner was found in a field.',
          'Soldiers killed three insurgents in an ambush on a desert track near the Tharthar valley; a soldier was wounded.',
        ],
        '2019-09-12',
      ),
    ).toEqual([
      [null, 3],
      [1, null],
      [3, 1],
    ]);
  });

  it('"وقتلت القوات الأمنية أربعة إرهابيين بعملية دهم" after a body found is its own item', () => {
    expect(
      tolls(
        [
          'حصيلة أمنية في العراق',
          'عثرت الشرطة على جثة مواطن مقتولاً بطلق ناري في قضاء الشرقاط بمحافظة صلاح الدين.',
          'وقتلت القوات الأمنية أربعة إرهابيين بعملية دهم لأحد الأوكار في وادي الثرثار، وأصيب جندي بجروح.',
        ],
        '2019-09-12',
      ),
    ).toEqual([
      [1, null],
      [4, 1],
    ]);
  });
});

describe('a roundup item with no day of its own', () => {
  it('takes the day the lead was told, not the week of a kidnapping told in the item before it', () => {
    const dates = draft(
      [
        'Iraq: 4 killed, 3 wounded in attacks',
        'At least four people were killed and three more were wounded in attacks across Iraq, police said on Thursday.',
        'A bomb wounded three shoppers at a market in Baquba.',
        'In Kirkuk, the body of a trader who had been abducted last week was found in a field.',
        'Soldiers killed three insurgents in an ambush on a desert track near the Tharthar valley.',
      ],
      '2019-09-12',
    ).map((x) => [x.date.from, x.date.to]);
    expect(dates[dates.length - 1]).toEqual(['2019-09-12', '2019-09-12']);
  });
});

describe('an outcome told as history', () => {
  it('"recaptured the town in February after weeks of fighting", with no one counted, is no incident', () => {
    expect(
      tolls(
        [
          'Rocket hits market in Tal Afar',
          'TAL AFAR, Iraq (AP) — A rocket hit a market in Tal Afar on Saturday, killing three people and wounding eight, police said.',
          'Iraqi troops recaptured the town in February after weeks of fighting with Islamic State militants.',
        ],
        '2018-05-06',
      ),
    ).toEqual([[3, 8]]);
  });
});

describe('a toll over a span of days is the sum of its events', () => {
  it('"killed at least 25 people in two days", then each day with its own toll: the days, not the span', () => {
    expect(
      tolls(
        [
          'Shelling kills at least 25 in Idlib',
          'Government shelling killed at least 25 people in two days in Idlib province, a war monitor said on Tuesday.',
          'The monitor said the shells that hit Ariha on Monday killed 14 people, among them five children.',
          'On Tuesday, rockets on Saraqeb killed seven people and wounded about 20, the monitor said.',
        ],
        '2020-01-14',
      ),
    ).toEqual([
      [14, null],
      [7, 20],
    ]);
  });

  it('"ارتفع عدد المدنيين الذين قتلوا اليوم إلى خمسة" is the day\'s count over the strikes told after it', () => {
    expect(
      tolls(
        [
          'قتلى مدنيون بقصف على ريف حلب',
          'ارتفع عدد المدنيين الذين قتلوا اليوم الثلاثاء إلى خمسة، جراء القصف على ريف حلب الغربي.',
          'وقتل ثلاثة مدنيين بينهم طفل، وأصيب ستة آخرون، بقصف مدفعي على أطراف بلدة الأتارب صباح اليوم.',
          'كما قتل مدنيان جراء غارة جوية على بلدة دارة عزة ظهر اليوم.',
        ],
        '2020-01-14',
      ),
    ).toEqual([
      [3, 6],
      [2, null],
    ]);
  });
});

describe('an item that opens with its own day', () => {
  it('"On Friday, … killed six and wounded between eight and ten" is no looser telling of the item before', () => {
    expect(
      tolls(
        [
          'Strikes hit Deir ez-Zor city',
          'Activists said the strikes hit the al-Qusour neighbourhood in the city, killing 11 civilians.',
          'On Friday, strikes on the al-Hamidiya neighbourhood killed six people and wounded between eight and ten, the activists said.',
        ],
        '2019-05-25',
      ),
    ).toEqual([
      [11, null],
      [6, { low: 8, high: 10 }],
    ]);
  });
});

describe('a count that heads a list', () => {
  it('"Nine bodies were also found:" over a mass grave is no incident of its own', () => {
    expect(
      tolls(
        [
          'Iraq: 3 killed in attacks; nine bodies found near Baiji',
          'At least three people were killed and two more were wounded in recent violence. Nine bodies were also found:',
          'Police exhumed the remains of nine people from a mass grave near Baiji.',
          'In Baghdad, a bomb killed two people and wounded two others in the Bayaa district.',
          'A sniper killed a policeman in Ramadi.',
        ],
        '2019-03-20',
      ),
    ).toEqual([
      [2, 2],
      [1, null],
    ]);
  });
});

describe('a toll told of a whole country is the sum of the items after it', () => {
  it('"At least nine people were killed in attacks across Iraq" over items that tell five is no incident', () => {
    expect(
      tolls(
        [
          'Iraq: attacks kill 9',
          'At least nine people were killed in attacks across Iraq on Monday, security officials said.',
          'In Baquba, a car bomb killed three people near a police station.',
          'Gunmen shot dead two brothers at a farm near Tuz Khurmatu.',
        ],
        '2020-02-11',
      ),
    ).toEqual([
      [3, null],
      [2, null],
    ]);
  });

  it('"قتل عشرة أشخاص بأعمال عنف في محافظات عدة من العراق" over items that tell five is no incident', () => {
    expect(
      tolls(
        [
          'حصيلة الهجمات في العراق',
          'قتل عشرة أشخاص بأعمال عنف في محافظات عدة من العراق، اليوم الأحد، وفق مصادر أمنية.',
          'ففي بعقوبة، قتل ثلاثة أشخاص بانفجار سيارة مفخخة قرب مركز للشرطة.',
          'وفي كركوك، اغتال مسلحون مجهولون شقيقين في مزرعتهما.',
        ],
        '2020-02-09',
      ),
    ).toEqual([
      [3, null],
      [2, null],
    ]);
  });
});
