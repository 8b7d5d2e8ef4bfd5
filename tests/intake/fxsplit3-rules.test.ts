// Rules added for issue 12 on a toll told town by town and on roundup items (fixer fxsplit3), each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/intake/article/sentences.js';
import { includedSharesAt } from '../../src/intake/article/shares-break.js';
import { numberBroughtSince } from '../../src/intake/roundups/number-brought-since.js';
import { countsArmedDead } from '../../src/intake/roundups/armed-dead-item.js';
import { listItemOfItsOwn } from '../../src/intake/dates/list-item-day.js';
import { bodiesFoundApart } from '../../src/intake/events/bodies-found-apart.js';
import { headsShareList } from '../../src/intake/roundups/share-list-head.js';
import { matchView } from '../../src/intake/reading/view.js';
import { draftedIncidents } from '../support/tolls.js';

const clauses = (sentence: string) => splitClauses(sentence, 'en').map((c) => c.text);
const drafted = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => ({
    from: x.date.from,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a toll told town by town under one verb (shares-break.ts)', () => {
  it('opens a clause at each share after a comma or "and"', () => {
    expect(
      clauses(
        'The monitor said 11 people were killed in Saraqeb, six in Maarat al-Numan and four in Kafr Nabl.',
      ),
    ).toEqual([
      'The monitor said 11 people were killed in Saraqeb,',
      'six in Maarat al-Numan',
      'and four in Kafr Nabl.',
    ]);
  });
  it('not where the sentence told no toll before: "two depots in Homs and one in Hama"', () => {
    expect(clauses('The jets hit two depots in Homs and one in Hama, the ministry said.')).toHaveLength(1);
  });
  it('does not split a range, "between 10 and 12 in X"', () => {
    expect(clauses('Between 10 and 12 in Saraqeb were hurt.')).toHaveLength(1);
  });
  it('opens a clause at ", including" only where the shares add up to the count before it', () => {
    const whole =
      'Shelling killed 15 people on Friday, including seven in Saqba, five in Hamouria and three in Jisreen.';
    expect(includedSharesAt(whole)).toBe(whole.indexOf('including'));
    expect(
      includedSharesAt('Shelling killed 15 people on Friday, including seven in Saqba and five in Hamouria.'),
    ).toBeNull();
    expect(clauses('Shelling killed 15 people on Friday, including seven in Saqba.')).toHaveLength(1);
  });
});

describe('the first item of a list of shares (share-list-head.ts)', () => {
  it('heads the list where the next clause is a share of the same side', () => {
    const own = { killed: 11, wounded: null, attackersKilled: null };
    expect(headsShareList(own, true, 'six in Maarat al-Numan')).toBe(true);
    expect(headsShareList(own, true, 'the army said.')).toBe(false);
    expect(headsShareList(own, false, 'six in Maarat al-Numan')).toBe(false);
  });
});

describe('a lead toll told again town by town is the sum of the towns', () => {
  it('drafts each town and drops the lead, the first town not taken as another source of the lead', () => {
    expect(
      draftedIncidents(
        [
          'Regime shelling kills 21 civilians in Idlib countryside',
          'Beirut (AFP) - Regime air strikes and artillery fire killed at least 21 civilians in the southern Idlib countryside on Thursday, a monitor said.',
          'The Syrian Observatory for Human Rights said 11 civilians were killed in Saraqeb, six in Maarat al-Numan and four in Kafr Nabl, where rescuers searched the ruins.',
        ].join('\n\n'),
        '2019-05-10',
      ).map((x) => [x.place.text, x.killed]),
    ).toEqual([
      ['Saraqeb', 11],
      ['Maarat al-Numan', 6],
      ['Kafr Nabl', 4],
    ]);
  });
  it('drafts the shares after ", including" and not their total', () => {
    expect(
      drafted(
        [
          'Strikes on Ghouta towns',
          'Rebels shelled an army post near Damascus on Thursday, a monitor said.',
          'Air strikes killed 15 civilians on Friday, including seven in Saqba, five in Hamouria and three in Kafr Batna, the monitor said.',
        ],
        '2017-12-02',
      )
        .map((x) => x.killed)
        .filter((k) => k !== null),
    ).toEqual([7, 5, 3]);
  });
});

describe('a count kept since an onset, brought up by the news (number-brought-since.ts)', () => {
  it('reads "bring to N the number of … killed since" as a running total', () => {
    expect(
      numberBroughtSince(
        'The new deaths bring to 140 the number of people killed since the offensive began on Monday',
      ),
    ).toBe(true);
    expect(numberBroughtSince('raising the number of civilians killed since the truce collapsed to 90')).toBe(
      true,
    );
    expect(numberBroughtSince('The strike killed 14 people since dawn')).toBe(false);
  });
});

describe('a list item whose only dead are armed men (armed-dead-item.ts)', () => {
  it('counts armed men killed and no one else', () => {
    expect(countsArmedDead({ casualties: { killed: null, wounded: null, attackersKilled: 12 } })).toBe(true);
    expect(countsArmedDead({ casualties: { killed: 3, wounded: null, attackersKilled: 12 } })).toBe(false);
  });
});

describe('an undated list item takes no day from the item before (list-item-day.ts)', () => {
  it('is an item of its own in a paragraph of its own opened by a list mark', () => {
    expect(listItemOfItsOwn('- بعشيقة: سقطت قذيفة على منزل', 5, 4)).toBe(true);
    expect(listItemOfItsOwn('- بعشيقة: سقطت قذيفة على منزل', 4, 4)).toBe(false);
    expect(listItemOfItsOwn('وفي بعشيقة سقطت قذيفة على منزل', 5, 4)).toBe(false);
  });
});

describe('bodies found after a blow that only wounded (bodies-found-apart.ts)', () => {
  const wounded = { killed: null, wounded: 3 };
  it('is a finding of its own', () => {
    expect(bodiesFoundApart(wounded, matchView('Two bodies were found in the city.').text)).toBe(true);
    expect(bodiesFoundApart(wounded, matchView('وعثرت دورية على جثة شاب مجهول الهوية قرب السوق').text)).toBe(
      true,
    );
  });
  it('not bodies pulled from the rubble, nor after a blow that killed', () => {
    expect(bodiesFoundApart(wounded, matchView('Two bodies were found under the rubble.').text)).toBe(false);
    expect(
      bodiesFoundApart({ killed: 2, wounded: 3 }, matchView('Two bodies were found in the city.').text),
    ).toBe(false);
  });
  it('drafts the bodies apart from the bombing', () => {
    expect(
      drafted(
        [
          'Violence in Mosul',
          'In Mosul, a roadside bomb wounded three policemen in the al-Zuhur district on Sunday. Two bodies were found in the city.',
        ],
        '2009-04-06',
      ).map((x) => [x.killed, x.wounded]),
    ).toEqual([
      [null, 3],
      [2, null],
    ]);
  });
});
