// Rules found on fights whose two sides' dead are told apart (issue 12, fixer fxsidesen7): a side's
// own dead told as men it "lost" after "while"; an operation a side launched is the fight its own
// dead "in the fighting" fell in; a force's men killed told in the very next sentence after a fight
// that killed the enemy. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"while the army lost three soldiers": a side\'s own dead set against the enemy\'s', () => {
  it('adds the men the army lost to the rebels killed in the clashes', () => {
    expect(
      tolls(
        [
          'Army gains ground north of Hama',
          'The Syrian army on Monday captured two villages from rebels near the town of Kafr Zita in Hama province, a military source said.',
          'At least 12 rebels were killed in the clashes, while the army lost three soldiers, the source said.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[15, null, null]]);
  });

  it('does not count a war tally told after "while"', () => {
    expect(
      tolls(
        [
          'Army gains ground north of Hama',
          'The Syrian army on Monday captured two villages from rebels near the town of Kafr Zita in Hama province, a military source said.',
          'At least 12 rebels were killed in the clashes, while the army has lost 300 soldiers since the offensive began, the source said.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('does not count vehicles lost', () => {
    expect(
      tolls(
        [
          'Army gains ground north of Hama',
          'The Syrian army on Monday captured two villages from rebels near the town of Kafr Zita in Hama province, a military source said.',
          'At least 12 rebels were killed in the clashes, while the army lost three tanks, the source said.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[12, null, null]]);
  });
});

describe('"launched an operation …, killing nine militants", then "three soldiers were killed in the fighting"', () => {
  it('adds the soldiers killed in the fighting to the militants the operation killed', () => {
    expect(
      tolls(
        [
          'Troops sweep villages in Salahuddin',
          'Iraqi troops launched an operation on Monday to clear militants from villages east of Samarra, killing nine militants, the army said.',
          'Three Iraqi soldiers were killed in the fighting, according to a statement.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('does not take an operation to rescue hostages as the fight', () => {
    expect(
      tolls(
        [
          'Troops sweep villages in Salahuddin',
          'Iraqi troops launched an operation to rescue hostages held east of Samarra on Monday, killing nine militants, the army said.',
          'Three Iraqi soldiers were killed in the fighting, according to a statement.',
        ],
        '2018-03-13',
      ),
    ).not.toEqual([[12, null, null]]);
  });
});

describe('a sweep that killed militants, then "One soldier was killed and two were wounded"', () => {
  it("adds the force's dead and wounded told in the next sentence to the fight", () => {
    expect(
      tolls(
        [
          'Troops sweep villages in Salahuddin',
          'Iraqi troops backed by helicopters swept into a village east of Samarra on Monday, killing at least nine militants in street fighting, the army said.',
          'One soldier was killed and two were wounded, a statement said.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[10, 2, null]]);
  });

  it('keeps apart soldiers killed by a blow of their own in the next sentence', () => {
    expect(
      tolls(
        [
          'Troops sweep villages in Salahuddin',
          'Iraqi troops backed by helicopters swept into a village east of Samarra on Monday, killing at least nine militants in street fighting, the army said.',
          'One soldier was killed by a roadside bomb near Tikrit on Sunday, police said.',
        ],
        '2018-03-13',
      ),
    ).not.toContainEqual([10, null, null]);
  });
});

describe('"nine soldiers and pro-government militiamen and 13 rebels had been killed": a monitor\'s tally, an attack named after it', () => {
  it('sums both sides though the clause names the attack the posts were lost in', () => {
    expect(
      tolls(
        [
          'Fighting rages near Kafr Zita',
          'Fighting raged around the town of Kafr Zita in Hama province on Monday, where the Observatory said nine soldiers and pro-government militiamen and 13 rebels had been killed as troops tried to retake hills they lost at the start of the attack.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[22, null, null]]);
  });

  it("keeps a bombing's dead apart where no allies are named", () => {
    expect(
      tolls(
        [
          'Bombing near Kafr Zita',
          'Three soldiers and two gunmen were killed on Monday when the gunmen attacked a checkpoint near the town of Kafr Zita in Hama province, the Observatory said.',
        ],
        '2018-03-13',
      ),
    ).not.toEqual([[5, null, null]]);
  });
});

describe('"Clashes killed 11 IS jihadists and five regime fighters": the armed men past the group\'s initials', () => {
  it('joins the other side after armed men told past "IS"', () => {
    expect(
      tolls(
        [
          'Fighting near Kafr Zita',
          'Clashes near the town of Kafr Zita in Hama province on Monday killed 11 IS jihadists and five regime fighters, the Observatory said.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[16, null, null]]);
  });

  it('does not join after "is" the verb', () => {
    expect(
      tolls(
        [
          'Fighting near Kafr Zita',
          'Clashes near the town of Kafr Zita in Hama province on Monday killed 11 people, the Observatory said.',
        ],
        '2018-03-13',
      ),
    ).toEqual([[11, null, null]]);
  });
});
