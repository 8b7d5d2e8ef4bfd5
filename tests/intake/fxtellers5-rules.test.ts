// Rules found on later tellers of one event and a side's own losses (issue 12, fixer fxtellers5): the
// day a teller gave its figure is no day of the event; a teller recording the event told as its own
// count is that event's teller; a side's own dead, owned after the enemy dead it counted, are the
// fight's toll too; a second thing said that tells victims of a blow of its own is a clause of its
// own. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the day a teller gave its figure (date-roles.ts, gives-figure.ts)', () => {
  it('"The health office gave a higher toll early on Saturday, saying three…": the event of Friday, one incident', () => {
    expect(
      ingested(
        'Rockets hit village near Tuz Khurmatu',
        [
          'Two rockets struck a farming village near Tuz Khurmatu in Salahuddin province late on Friday, killing a farmer and wounding four people, police said.',
          'The provincial health office gave a higher toll early on Saturday, saying three people had been killed.',
        ],
        '2020-05-09',
      ),
    ).toEqual([{ from: '2020-05-08', to: '2020-05-08', governorate: 'Salahuddin', killed: 1, wounded: 4 }]);
  });

  it('"A monitor put the toll on Wednesday at 12 dead": the blast of Sunday, one incident', () => {
    expect(
      ingested(
        'Car bomb toll in Azaz rises',
        [
          'The death toll from a car bomb that went off at a busy market in the town of Azaz, north of Aleppo, on Sunday rose to eleven on Wednesday, medics said.',
          'A war monitor put the toll on Wednesday at 12 dead.',
        ],
        '2021-03-10',
      ).map((x) => ({ from: x.from, governorate: x.governorate, killed: x.killed })),
    ).toEqual([{ from: '2021-03-07', governorate: 'Aleppo', killed: 11 }]);
  });
});

describe('a teller recording the event told as its count (gives-figure.ts)', () => {
  it('"A rights group had recorded the incident as the killing of three soldiers": the bombing told, one incident', () => {
    expect(
      ingested(
        'Roadside bomb kills soldiers near Tal Afar',
        [
          'A roadside bomb killed four soldiers on a patrol near Tal Afar in Nineveh province on Monday, an army officer said.',
          'A local rights group had recorded the incident as the killing of three soldiers.',
        ],
        '2019-04-16',
      ),
    ).toEqual([{ from: '2019-04-15', to: '2019-04-15', governorate: 'Nineveh', killed: 4, wounded: null }]);
  });
});

describe("a side's own losses after the enemy dead it counted (fight-sides.ts fightOfOwnLosses)", () => {
  it('"It acknowledged that three of its own fighters had been killed": the fight\'s toll, 14 + 3', () => {
    expect(
      ingested(
        'Kurdish-led forces repel attack near Hajin',
        [
          'The Syrian Democratic Forces said on Tuesday that its fighters had repelled an attack by Islamic State militants on their positions near Hajin in Deir ez-Zor province on Monday night, killing 14 militants.',
          'It acknowledged that three of its own fighters had been killed.',
        ],
        '2018-11-13',
      ).map((x) => ({ governorate: x.governorate, killed: x.killed, wounded: x.wounded })),
    ).toEqual([{ governorate: 'Deir ez-Zor', killed: 17, wounded: null }]);
  });

  it('"the alliance lost six of its fighters in the battle, which began on Saturday night": 40 + 6, dated by its start', () => {
    expect(
      ingested(
        'Alliance takes town after three days of fighting',
        [
          'The alliance said on Tuesday it had taken the town of al-Hol in Hasakah province after three days of fighting, killing 40 Islamic State militants.',
          'A spokesman told reporters that the alliance lost six of its fighters in the battle, which began on Saturday night with an advance backed by air strikes.',
        ],
        '2016-03-01',
      ),
    ).toEqual([{ from: '2016-02-27', to: '2016-02-28', governorate: 'Hasakah', killed: 46, wounded: null }]);
  });

  it('"قالت الحركة إن أربعة من مقاتليها قتلوا في القصف": a strike\'s dead in their own side\'s count, not added', () => {
    expect(
      ingested(
        'مقتل ثلاثة مسلحين بقصف تركي قرب زاخو',
        [
          'قُتل ثلاثة مسلحين من حزب العمال الكردستاني بقصف نفذته طائرة تركية مسيرة، مساء أمس الأحد، على سيارة قرب قرية باتيفا التابعة لقضاء زاخو في محافظة دهوك.',
          'من جهتها، قالت الحركة في بيان اليوم الاثنين إن أربعة من مقاتليها قتلوا في القصف.',
        ],
        '2020-08-17',
      ).map((x) => ({ governorate: x.governorate, killed: x.killed })),
    ).toEqual([{ governorate: 'Duhok', killed: 3 }]);
  });

  it('"its fighters killed 30 of the enemy": the side as the killer, no own losses', () => {
    expect(
      ingested(
        'Claims after the Hajin fighting',
        [
          'The Syrian Democratic Forces said their fighters killed 20 Islamic State militants in clashes near Hajin in Deir ez-Zor province on Sunday.',
          'For its part, the group said on its news agency that its fighters had killed more than 30 of the SDF in the same attack.',
        ],
        '2018-11-26',
      ).map((x) => x.killed),
    ).not.toContain(50);
  });
});

describe('a second thing said that tells victims of a blow of its own (second-saying.ts SAID_OTHER_BLOW_EN)', () => {
  it('"…put the number of militants killed at 30 and said that four civilians were killed by air strikes on Sunday": an incident of its own', () => {
    expect(
      ingested(
        'Fighting for Markada',
        [
          'Kurdish-led forces said on Tuesday they had driven Islamic State out of the town of Markada in Hasakah province on Monday, killing 45 militants.',
          'Local activists put the number of militants killed at 30 and said that four civilians were killed by air strikes on the town on Sunday.',
        ],
        '2016-03-01',
      ).map((x) => ({ from: x.from, killed: x.killed })),
    ).toEqual([
      { from: '2016-02-29', killed: 45 },
      { from: '2016-02-28', killed: 4 },
    ]);
  });
});

describe('the blow named again with its day and the toll first told (deed-day.ts)', () => {
  it('"…buried two shepherds killed in a drone strike earlier this week", then "The strike hit their tent late on Tuesday, killing two men": one incident, of Tuesday', () => {
    expect(
      ingested(
        'Shepherds killed in drone strike buried',
        [
          'Mourners on Friday buried two shepherds killed in a drone strike near Sidakan in Erbil province earlier this week, relatives said.',
          'The strike hit their tent in the hills outside Sidakan late on Tuesday, killing two men.',
        ],
        '2022-06-10',
      ),
    ).toEqual([{ from: '2022-06-07', to: '2022-06-07', governorate: 'Erbil', killed: 2, wounded: null }]);
  });
});
