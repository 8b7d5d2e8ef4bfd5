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
