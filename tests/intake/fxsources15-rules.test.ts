// Rules found on one event counted by two tellers (issue 12, fixer fxsources15): a teller's smaller
// count of the very noun the event's toll counted is that teller's figure of the same dead. Each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"…killing at least 15 fighters, the monitor said", then "a commander said six fighters had been killed": one event', () => {
  it("keeps one incident, at the first teller's toll", () => {
    expect(
      rows(
        'Drone strikes hit militia posts near Mayadin, monitor says',
        [
          'Unidentified drones struck posts of government-backed militias near the Syrian town of Mayadin late on Monday, killing at least 15 fighters, a war monitor said on Tuesday.',
          'An Iraqi militia commander told a news agency that six fighters had been killed and that the strikes had destroyed two trucks.',
        ],
        '2021-03-09',
      ),
    ).toEqual([['2021-03-08', '2021-03-08', 'Deir ez-Zor', 15, null]]);
  });

  it("keeps a blow of a lead's total, told with its source after it, apart from that total", () => {
    expect(
      rows(
        'Bombs hit markets in Hilla',
        [
          'Two car bombs exploded minutes apart in markets in the Iraqi city of Hilla on Sunday evening, killing nine people and wounding 30, officials said.',
          'The first bomb went off in a busy vegetable market, killing five people, a police officer said. The second hit a street of clothes shops, killing four.',
        ],
        '2014-05-12',
      ),
    ).toContainEqual(['2014-05-11', '2014-05-11', 'Babil', 5, null]);
  });
});
