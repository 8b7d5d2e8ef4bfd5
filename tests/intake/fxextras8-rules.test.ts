// Rules from the fxextras8 round (issue 12, extra drafts in Damascus, Rural Damascus, Homs and
// Baghdad's belts): a lead toll told of two governorates by name, the total of the items told at
// them; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead toll told of two governorates by name: the total of the items told at them', () => {
  it('"… killed 11 when shells hit central Damascus and a car bomb went off in Homs", then items of 3 and 6 that do not add up to it', () => {
    expect(
      ingested(
        'Shells, car bomb kill 11 in Damascus and Homs',
        [
          'At least 11 people were killed on Thursday when shells struck a market in central Damascus and a car bomb exploded in the city of Homs, state media said.',
          'Three shells hit the al-Shaghour neighborhood, killing three people and wounding five, the state agency said.',
          'In Homs, a car packed with explosives blew up near a school in the Akrama neighborhood, killing six people and wounding 12, the agency said.',
        ],
        '2013-04-12',
      ).length,
    ).toBe(2);
  });

  it('"Israeli strikes on Syria\'s capital and Homs province killed six", then the items at each', () => {
    const drafted = ingested(
      'Israeli strikes kill six near Damascus, Homs',
      [
        "Israeli strikes on Syria's capital and Homs province late Sunday killed six people, a monitor said.",
        'A missile hit a building in the Kafr Sousa district of the capital, killing two civilians.',
        'Further strikes on a depot near the town of al-Qusayr in Homs province killed five fighters, the monitor said.',
      ],
      '2023-02-20',
    );
    expect(drafted.map((d) => [d.governorate, d.killed])).toEqual([
      ['Damascus', 2],
      ['Homs', 5],
    ]);
  });
});

describe('the event told, "came amid" what was going on: its setting, no incident', () => {
  it('"Monday\'s bombing came as rebels pressed an offensive they launched last week on a district of the capital"', () => {
    expect(
      ingested(
        'Car bomb kills four in Homs',
        [
          'A car bomb exploded near a bakery in the city of Homs on Monday, killing four people, state media said.',
          "Monday's bombing came as rebels pressed an offensive they launched last week on the Damascus district of Qaboun.",
        ],
        '2017-04-04',
      ),
    ).toEqual([{ from: '2017-04-03', to: '2017-04-03', governorate: 'Homs', killed: 4, wounded: null }]);
  });

  it('"ويأتي الهجوم عشية الذكرى الخامسة لسيطرة الفصائل على المدينة في درعا"', () => {
    expect(
      ingested(
        'مقتل ثلاثة بهجوم في السويداء',
        [
          'قتل ثلاثة عناصر من الشرطة بهجوم مسلح على حاجز في مدينة السويداء، مساء أمس الأحد.',
          'ويأتي الهجوم عشية الذكرى الخامسة لسيطرة الفصائل على مدينة بصرى الشام في درعا.',
        ],
        '2020-03-23',
      ),
    ).toEqual([{ from: '2020-03-22', to: '2020-03-22', governorate: 'Suwayda', killed: 3, wounded: null }]);
  });
});

describe('a court’s prison sentences: a ruling, no incident', () => {
  it('"أصدرت محكمة الجنايات أحكاماً بالسجن … بحق متهمين بالهجوم على حاجز"', () => {
    expect(
      ingested(
        'السجن لستة متهمين بالهجوم على حاجز في حمص',
        [
          'أصدرت محكمة الجنايات في حمص، اليوم الأربعاء، أحكاماً بالسجن لمدد تتراوح بين خمس وعشر سنوات بحق ستة متهمين أدينوا بالمشاركة في هجوم مسلح على حاجز للجيش في حي الوعر.',
        ],
        '2011-05-18',
      ),
    ).toEqual([]);
  });
});

describe('a count named a month’s toll: no incident, however few its dead', () => {
  it('"four American soldiers died in Iraq in October, one of the lowest monthly tolls", after the day’s blast', () => {
    expect(
      ingested(
        'Roadside bomb kills policeman in Basra',
        [
          'A roadside bomb killed a policeman in Basra on Sunday, police said.',
          'The US military said four American soldiers died in Iraq in October, one of the lowest monthly tolls since the 2003 invasion.',
          'There are about 117,000 US troops in Iraq.',
        ],
        '2009-11-02',
      ),
    ).toEqual([{ from: '2009-11-01', to: '2009-11-01', governorate: 'Basra', killed: 1, wounded: null }]);
  });
});
