// The day of a vote the copy names to set its news in time ("the March 7 elections") dates none of
// its deeds (dates/vote-day.ts). On sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed]);

describe('a vote named with its day', () => {
  it('"as counting from the March 7 elections dragged on" in the lead: the items are not dated to the vote', () => {
    const drafted = rows(
      'Iraq: six killed in the north',
      [
        'Six Iraqis were killed in northern Iraq as vote counting from the March 7 elections dragged on.',
        'In Baquba, a car bomb near a market killed four people.',
        'Gunmen shot dead two policemen in Tuz Khurmatu.',
      ],
      '2010-03-15',
    );
    expect(drafted.length).toBeGreaterThan(0);
    expect(drafted.filter((r) => r[0] === '2010-03-07')).toEqual([]);
  });

  it('"the elections of March 7" in the lead: the items are not dated to the vote', () => {
    const drafted = rows(
      'Iraq: five killed as results awaited',
      [
        'Five Iraqis were killed in the north while parties awaited the results of the elections of March 7.',
        'In Mosul, a roadside bomb killed three soldiers.',
        'Gunmen shot dead two farmers near Hawija.',
      ],
      '2010-03-16',
    );
    expect(drafted.length).toBeGreaterThan(0);
    expect(drafted.filter((r) => r[0] === '2010-03-07')).toEqual([]);
  });

  it('keeps a deed told on the day of the vote itself ("bombings on March 7 killed 38 voters")', () => {
    const drafted = rows(
      'Election day attacks',
      ['Mortar rounds and bombings killed 38 people in Baghdad on March 7 as Iraqis voted.'],
      '2010-03-09',
    );
    expect(drafted.map((r) => r[0])).toEqual(['2010-03-07']);
  });
});
