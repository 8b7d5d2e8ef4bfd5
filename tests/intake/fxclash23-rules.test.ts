// Rules found on tolls told in parts (issue 12, fixer fxclash23): a monitor's count of both sides
// whose first side is named by a noun of the fighters of a war ("rebels", "insurgents"); a side's own
// dead told as men it "lost" in the fight, after the enemy it killed. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"killed 14 rebels and six soldiers": the fighters of a side counted first, the other side joined', () => {
  it('sums both sides where the rebels are told first', () => {
    expect(
      tolls(
        [
          'Fighting flares north of Hama',
          'Clashes near the village of Kafr Zita in Hama province on Saturday killed 14 rebels and six soldiers, a war monitor said.',
        ],
        '2018-03-11',
      ),
    ).toEqual([[20, null, null]]);
  });

  it('keeps one count where the side is named by two nouns, no number after "and"', () => {
    expect(
      tolls(
        [
          'Fighting flares north of Hama',
          'Clashes near the village of Kafr Zita in Hama province on Saturday killed 14 rebels and jihadists, a war monitor said.',
        ],
        '2018-03-11',
      ),
    ).toEqual([[14, null, null]]);
  });

  it('sums both sides where the insurgents are told first before a passive', () => {
    expect(
      tolls(
        [
          'Fighting flares in Deir ez-Zor',
          'A war monitor said 13 insurgents and five tribal fighters were killed on Monday in clashes near the town of Mayadin in Deir ez-Zor province.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[18, null, null]]);
  });
});

describe('"the army lost three soldiers in the fighting": a side\'s own dead, after the enemy it killed', () => {
  it('adds the men the side lost to the enemy dead of the attack it fought off', () => {
    expect(
      tolls(
        [
          'Army fights off assault in Latakia countryside',
          'Government forces on Sunday repelled an attack by militants on their positions near the town of Kinsabba in Latakia province, killing 25 militants, a military source said.',
          'The army lost three soldiers in the fighting, which went on until noon, the source added.',
        ],
        '2019-06-10',
      ),
    ).toEqual([[28, null, null]]);
  });

  it('does not count the soldiers a side has lost in a war, told as its tally', () => {
    expect(
      tolls(
        [
          'Army fights off assault in Latakia countryside',
          'Government forces on Sunday repelled an attack by militants on their positions near the town of Kinsabba in Latakia province, killing 25 militants, a military source said.',
          'The army has lost 300 soldiers since the offensive began, the source added.',
        ],
        '2019-06-10',
      ),
    ).toEqual([[25, null, null]]);
  });

  it('does not count a side that lost vehicles, not men', () => {
    expect(
      tolls(
        [
          'Army fights off assault in Latakia countryside',
          'Government forces on Sunday repelled an attack by militants on their positions near the town of Kinsabba in Latakia province, killing 25 militants, a military source said.',
          'The army lost three tanks in the fighting, which went on until noon, the source added.',
        ],
        '2019-06-10',
      ),
    ).toEqual([[25, null, null]]);
  });
});
