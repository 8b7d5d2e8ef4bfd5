// Places of English fight and roundup items (issue 12, probe-s35e–h, s36a–d), each rule on invented
// sentences.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a media office named after a town is a source, not a second place (media-office-name.ts)', () => {
  it('"according to the X Media Center" keeps the wounded with the shelling they were hurt in', () => {
    expect(
      ingested(
        'Shelling hits northern Homs town',
        [
          'Government artillery shelled the town of Talbiseh in northern Homs on Tuesday, killing three civilians, activists said.',
          'The shells also wounded six people in the town, according to the Houla Media Center.',
        ],
        '2016-05-11',
        'en',
      ),
    ).toEqual([{ from: '2016-05-10', to: '2016-05-10', governorate: 'Homs', killed: 3, wounded: 6 }]);
  });
});

describe('towns of the Daraa countryside and the Houla plain are in the gazetteer', () => {
  it.each([
    ['Near Musayfra, a roadside bomb killed two rebel fighters.', 'Daraa'],
    ['Clashes near Sheikh Saad left four militants dead.', 'Daraa'],
    ['Two rebels were killed in clashes with government forces near Kafr Laha.', 'Homs'],
  ])('places "%s"', (text, governorate) => {
    const rows = ingested('Syria roundup: fighting goes on', [text], '2016-04-19', 'en');
    expect(rows.map((r) => r.governorate)).toEqual([governorate]);
  });
});

describe('"killing the terrorist": the one attacker named back with the article is one dead (casualty-words.ts)', () => {
  it.each(['terrorist', 'insurgent', 'assailant'])('counts "killing the %s"', (noun) => {
    const rows = ingested(
      'Gunman killed in Tikrit',
      [
        `Early on June 3, a ${noun} opened fire on an Iraqi Army patrol near Tikrit. Soldiers returned fire, killing the ${noun}. No soldiers were injured.`,
      ],
      '2007-06-04',
      'en',
    );
    expect(rows.map((r) => r.killed)).toEqual([1]);
  });
});

describe('dead killed as a force raided a hideout are both sides of the raid (killed-in-hideout-raid.ts)', () => {
  it.each([
    'Three tribesmen and eight militants were killed when tribal fighters raided an insurgent hideout near the lake.',
    'Three policemen and eight gunmen were killed on Friday as police stormed a militant safe house in the town.',
  ])('sums "%s"', (text) => {
    expect(ingested('Raid near Haditha', [text], '2008-05-10', 'en').map((r) => r.killed)).toEqual([11]);
  });
  it('not an attack by the militants on a post', () => {
    const read = ingested(
      'Attack near Haditha',
      ['Three policemen and two gunmen were killed when militants attacked a checkpoint near the town.'],
      '2008-05-10',
      'en',
    );
    expect(read.map((r) => r.killed)).toEqual([3]);
  });
});
