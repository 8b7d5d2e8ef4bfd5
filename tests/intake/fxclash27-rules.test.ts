// Rules found on both sides' dead of one fight, third round (issue 12, fixer fxclash27): the fight as
// the subject of the killing told in more shapes — after "where", with a place aside in it, as "a
// clash", after a roundup item's place head, and with its dead after a comma. Each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const en = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"…, where street fighting killed five soldiers and 14 militants": the fight after "where"', () => {
  it('sums both sides of the fight the relative clause tells', () => {
    expect(
      en(
        [
          'Troops advance in Baiji',
          'Iraqi troops entered the market district of Baiji on Sunday, where street fighting killed five soldiers and 14 militants, an officer said.',
        ],
        '2015-05-11',
      ),
    ).toEqual([[19, null, null]]);
  });
});

describe('"Clashes between police and gunmen in the town, near Hit, killed …": a place aside in the subject', () => {
  it('sums both sides across the comma-set place', () => {
    expect(
      en(
        [
          'Clashes in Anbar',
          'Clashes between police and gunmen in the town of Kubaisa, near Hit, killed two policemen and five gunmen on Saturday, police said.',
        ],
        '2007-03-11',
      ),
    ).toEqual([[7, null, null]]);
  });
});

describe('"On Friday, a clash between troops and militants … left one soldier and four militants dead"', () => {
  it('reads "a clash" as the fight that left both sides dead', () => {
    expect(
      en(
        [
          'Clash in the desert',
          'On Friday, a clash between army troops and the militants they tracked in the desert west of Rutba left one soldier and four militants dead, a security source said.',
        ],
        '2020-09-06',
      ),
    ).toEqual([[5, null, null]]);
  });
});

describe('"Raqqa: Clashes broke out …, leaving …": a roundup item headed by its place', () => {
  it('sums both sides of the fight after the head', () => {
    expect(
      en(
        [
          'Security roundup',
          'Raqqa: Clashes broke out on Tuesday night between SDF fighters and gunmen of a local clan in the village of Hamrat, east of Raqqa, leaving three SDF members and two gunmen dead.',
        ],
        '2023-04-12',
      ),
    ).toEqual([[5, null, null]]);
  });
});

describe('"Clashes between troops and a militia spread to …, killing two soldiers and three militants"', () => {
  it('sums the dead told after the comma of the clause the fight opened', () => {
    expect(
      en(
        [
          'Fighting spreads',
          'Clashes between Iraqi troops and a local militia spread to the market of Sinuni on Wednesday, killing two soldiers and three militants, security sources said.',
        ],
        '2022-06-09',
      ),
    ).toEqual([[5, null, null]]);
  });
});
