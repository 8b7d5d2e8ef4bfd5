// Rules from the fixcounto round (issue 12, counts read wrong on a matched incident in the older batches), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls, draftedIncidents } from '../support/tolls.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

describe('a toll of martyrs is a toll of the dead', () => {
  it('"ارتفع عدد الشهداء إلى تسعة": the dead of the shelling just told, risen', () => {
    expect(
      tolls(
        [
          'استشهد خمسة مدنيين وأصيب 14 آخرون جراء سقوط قذائف هاون على حي الميدان في مدينة دمشق ظهر اليوم.',
          'وقال مصدر طبي إن عدد الشهداء ارتفع إلى تسعة.',
        ],
        'ar',
        '2018-03-20',
      ),
    ).toEqual([{ killed: 9, wounded: 14 }]);
  });
});

/** Each incident's killed and wounded in the draft of a whole article (title, blank line, body). */
const drafted = (title: string, paragraphs: string[], published: string) =>
  draftedIncidents([title, ...paragraphs].join('\n\n'), published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
  }));

describe("a toll that rose is the event's just told, whatever governorate the hospital that tells it names", () => {
  it('"وأشار مدير مشفى حمص إلى … ليرتفع عدد القتلى إلى أربعة" after an event at a street the gazetteer does not know', () => {
    expect(
      drafted(
        'قتلى وجرحى بقذيفة صاروخية على حمص',
        [
          'قتل ثلاثة مدنيين وأصيب 11 آخرون بسقوط قذيفة صاروخية على شارع فرعي في حي سكني صباح اليوم.',
          'وأشار مدير مشفى حمص الوطني إلى أن أحد المصابين توفي متأثراً بجروحه، ليرتفع عدد القتلى إلى أربعة.',
        ],
        '2016-05-19',
      ),
    ).toEqual([{ killed: 4, wounded: 10 }]);
  });

  it('"A doctor at the national hospital in Homs said … bringing the death toll to four"', () => {
    expect(
      drafted(
        'Rocket kills civilians in Homs',
        [
          'Three people were killed and 11 wounded when a rocket hit a busy residential street on Tuesday morning.',
          'A doctor at the national hospital in Homs said one of the wounded had died of his injuries, bringing the death toll to four.',
        ],
        '2016-05-17',
      ),
    ).toEqual([{ killed: 4, wounded: 10 }]);
  });
});

describe('a toll update gives both sides as they stand now', () => {
  it('"ارتفع عدد القتلى إلى تسعة، فيما بلغ عدد الجرحى 30": the wounded now, not a conflicting count', () => {
    expect(
      tolls(
        [
          'قتل ستة أشخاص وأصيب 18 آخرون بانفجار سيارة مفخخة في سوق شعبي بمدينة الباب في ريف حلب الشمالي صباح اليوم.',
          'وفي وقت لاحق، قال مدير المستشفى الوطني إن عدد القتلى ارتفع إلى تسعة، فيما بلغ عدد الجرحى 30 جريحاً.',
        ],
        'ar',
        '2021-06-05',
      ),
    ).toEqual([{ killed: 9, wounded: 30 }]);
  });

  it('"the death toll had risen to nine, while the number of wounded reached 30": the wounded now', () => {
    expect(
      tolls(
        [
          'A car bomb killed six people and wounded 18 at a market in the town of al-Bab in Aleppo province on Saturday morning.',
          'The hospital director later said the death toll had risen to nine, while the number of wounded reached 30.',
        ],
        'en',
        '2021-06-05',
      ),
    ).toEqual([{ killed: 9, wounded: 30 }]);
  });
});

describe("a roundup lead's toll of several events is no event at the place the next sentence names", () => {
  it('"killed in recent violence. Troops also said they killed militants near Qayara": the lead sums the items; each item stands', () => {
    expect(
      tolls(
        [
          'At least six people were killed and nine were wounded in recent violence. Army troops also said they killed a number of militants near Qayara.',
          'In Mosul, gunmen shot dead two brothers who worked as electricians.',
          'A car bomb killed four people and wounded nine in Kirkuk.',
        ],
        'en',
        '2017-05-09',
      ),
    ).toEqual([
      { killed: null, wounded: null },
      { killed: 2, wounded: null },
      { killed: 4, wounded: 9 },
    ]);
  });

  it('"قتل ستة أشخاص في هجمات متفرقة. وأعلن الجيش قتل مسلحين قرب الرطبة": the lead sums the items', () => {
    expect(
      tolls(
        [
          'قتل ستة أشخاص وأصيب تسعة آخرون في هجمات متفرقة. وأعلن الجيش قتل عدد من المسلحين قرب الرطبة.',
          'وفي بعقوبة، قتل مزارعان وأصيب ثلاثة آخرون بهجوم مسلح.',
          'وقتل أربعة أشخاص وأصيب ستة بانفجار سيارة مفخخة في كركوك.',
        ],
        'ar',
        '2017-05-09',
      ),
    ).toEqual([
      { killed: null, wounded: null },
      { killed: 2, wounded: 3 },
      { killed: 4, wounded: 6 },
    ]);
  });
});

describe('a toll of its own at a known town, after an event told at a village the gazetteer does not know, is another event', () => {
  it('"In the village of X, a drone strike killed a farmer and his son, … while two men were killed by shelling on the outskirts of Saraqeb"', () => {
    expect(
      tolls(
        [
          'Government shelling killed four people in the town of Ariha in Idlib province on Monday, a monitor said.',
          'In the village of Tell Marwan, a drone strike killed a farmer and his son, rescuers said, while two men were killed by shelling on the outskirts of Saraqeb.',
        ],
        'en',
        '2020-01-14',
      ),
    ).toEqual([
      { killed: 4, wounded: null },
      { killed: 2, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });

  it('"وفي قرية X، قتل مزارع وابنه بغارة…، فيما قتل رجلان بقصف مدفعي على أطراف مدينة سراقب"', () => {
    expect(
      tolls(
        [
          'قتل أربعة مدنيين بقصف مدفعي على مدينة أريحا في ريف إدلب الجنوبي يوم الاثنين.',
          'وفي قرية تل مروان، قتل مزارع وابنه بغارة لطائرة مسيرة، فيما قتل رجلان بقصف مدفعي على أطراف مدينة سراقب.',
        ],
        'ar',
        '2020-01-14',
      ),
    ).toEqual([
      { killed: 4, wounded: null },
      { killed: 2, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('a raid told beside strikes from the air, by no ground force, is an air raid', () => {
  it('"air strikes killed a farmer and his son, while two men were killed in a raid on the outskirts of Saraqeb"', () => {
    const kinds = extractIncidents(
      splitSentences(
        [
          'In the village of Tell Marwan, regime air strikes killed a farmer and his son, rescuers said, while two men were killed in a raid on the outskirts of Saraqeb.',
        ],
        'en',
      ),
      { lang: 'en', published: '2020-01-14', resolvePlace, titlePlace: null },
    ).map((x) => x.event.subType);
    expect(kinds).toEqual(['air_drone_strike', 'air_drone_strike']);
  });
});
