// Rules found on drafts that should not exist and on places read wrong (issue 12, fixer fxnodraft37):
// a name after "son of" is a person's, not the town it also spells. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.governorate, x.killed, x.wounded]);

describe('"the Khalid ibn al-Walid Army": a name after "son of" is no place', () => {
  it("drafts no incident at the town the father's name spells", () => {
    expect(
      rows(
        'Bomb kills commander in Daraa',
        [
          'A rebel commander was killed on Tuesday when a bomb planted under his car exploded in the town of Jasim, in the northern Daraa countryside.',
          'Rebels blame the Khalid ibn al-Walid Army, which has been fighting rebel factions in the area for two years.',
        ],
        '2016-12-07',
      ),
    ).toEqual([['Daraa', 1, null]]);
  });

  it('keeps the town where it is told on its own', () => {
    expect(
      rows(
        'Bomb near al-Walid',
        [
          'Two soldiers were killed on Tuesday when a roadside bomb hit their patrol near al-Walid, in western Anbar.',
        ],
        '2016-12-07',
      ),
    ).toEqual([['Anbar', 2, null]]);
  });
});
