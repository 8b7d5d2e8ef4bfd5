// Rules from the fxsidesen6 round (issue 12, English tolls of a fight counted on both sides): the dead
// of a fight are no mass grave's victims; a push on a town is a battle whose toll the next sentence
// tells; the AFP spelling of a town. Each on sentences written for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { fightDeadNotGrave } from '../../src/intake/roundups/grave-fight-dead.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { incidents } from '../support/tolls.js';

// (the gazetteer and the pipeline load once, in a hook, not inside the first test's time)
beforeAll(() => {
  incidents(['Two people were killed in Baghdad on Monday.'], 'en', '2020-01-01');
});

describe('"were killed in the fighting" after a grave lead: no grave victims (grave-fight-dead.ts)', () => {
  it('reads the dead of a fight, not remains', () => {
    const m = (s: string) => matchView(s).text;
    expect(
      fightDeadNotGrave(m('Four policemen and 25 insurgents were killed in the clashes, an officer said.')),
    ).toBe(true);
    expect(
      fightDeadNotGrave(m('The bodies of 30 soldiers killed in battles with the group were exhumed.')),
    ).toBe(false);
    expect(fightDeadNotGrave(m('The militants executed 200 prisoners there, officials said.'))).toBe(false);
  });

  it('keeps the fight of the lead and its toll beside the grave it found', () => {
    expect(
      incidents(
        [
          'Iraqi troops drove the militants out of the village of Hammam al-Alil on Tuesday, and police said they had found a mass grave holding villagers killed by the group in 2015.',
          'Six soldiers and at least 30 militants were killed in the fighting on the edge of the village, an army officer said.',
        ],
        'en',
        '2016-11-09',
      ),
    ).toEqual([{ from: '2016-11-08', to: '2016-11-08', governorate: 'Nineveh', killed: 36, wounded: null }]);
  });
});

describe('"trying to advance on the town": a push on ground, a battle (event-type-cues.ts)', () => {
  it('places the toll of the fighting told in the next sentence', () => {
    expect(
      incidents(
        [
          'Government troops and allied militiamen have been trying since Sunday to advance on the town of Khan Shaykhun.',
          'A monitor said at least nine soldiers and 14 rebels had been killed in the fighting since then.',
        ],
        'en',
        '2019-08-14',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([['Idlib', 23]]);
  });
});

describe('"Sheikh Miskeen": the AFP spelling of the Daraa town (gazetteer-syria.ts)', () => {
  it('resolves the spelling to the town', () => {
    expect(resolvePlace('Fighting raged around Sheikh Miskeen.', 'en')?.governorate?.en).toBe('Daraa');
  });
});
