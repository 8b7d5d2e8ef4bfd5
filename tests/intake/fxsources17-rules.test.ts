// Rules found on one event told by two tellers (issue 12, fixer fxsources17): where a second teller
// speaks from is not a second event's place. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"an official at the hospital in nearby X gave a lower figure": the hospital\'s town is the teller\'s', () => {
  it("keeps the second teller's figure with the event told before, not as an event in the hospital's town", () => {
    expect(
      rows(
        'Car bomb hits checkpoint in Tuz Khurmatu',
        [
          'A car bomb exploded at an army checkpoint in Tuz Khurmatu on Sunday, killing five soldiers and wounding nine, a police officer said.',
          'A doctor at the main hospital in nearby Kirkuk, where the wounded were taken, gave a higher figure, saying seven people died.',
        ],
        '2012-04-15',
      ),
    ).toEqual([['2012-04-15', '2012-04-15', 'Salahuddin', 5, 9]]);
  });

  it('reads the teller at a morgue in a town of another governorate the same way', () => {
    expect(
      rows(
        'Gunmen kill shop owners in Muqdadiya',
        [
          'Gunmen opened fire on a row of shops in Muqdadiya on Tuesday, killing four people, police said.',
          'An official at the morgue in the city of Baghdad put the toll lower, saying three bodies had arrived.',
        ],
        '2007-03-06',
      ),
    ).toEqual([['2007-03-06', '2007-03-06', 'Diyala', 4, null]]);
  });
});
