// Rules from the fxsidesen6 round (issue 12, English tolls of a fight counted on both sides): the dead
// of a fight are no mass grave's victims; a push on a town is a battle whose toll the next sentence
// tells; the AFP spelling of a town. Each on sentences written for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
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

describe("the fight told on between its opening and the sides' toll (fight-told-between.ts)", () => {
  it('sums both sides counted two sentences after the fight opened', () => {
    expect(
      incidents(
        [
          'Iraqi troops said on Tuesday they had recaptured the town of Hit after three days of fighting with Islamic State militants.',
          'Soldiers pushed into the centre on Sunday and fought house-to-house battles until Monday night, officers said.',
          'At least 31 militants were killed and six soldiers died, a military statement said.',
        ],
        'en',
        '2016-04-13',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([['Anbar', 37]]);
  });
});

describe('"four H.T.S. members": dotted initials are one word before the counted noun (dotted-initials.ts)', () => {
  it('counts both sides where one is named by dotted initials', () => {
    const m = (s: string) => findCasualties(matchView(s), 'en');
    expect(
      m('Fighting near the village left five S.D.F. fighters and three tribal gunmen dead.').killed,
    ).toBe(8);
    expect(m('Three U.S. Army soldiers were killed when a bomb hit their convoy.').killed).toBe(3);
  });
});

describe('a bullet of another blow, its toll told unsplit: an item of its own (bullet-other-blow.ts)', () => {
  it('drafts the drive-by apart from the bombing told in the bullet before, in a town known as a district', () => {
    expect(
      incidents(
        [
          'Police reported these incidents south of Baghdad on Wednesday:',
          'Mahmudiya:',
          '- A suicide bomber blew himself up among police recruits at a checkpoint in Mahmudiya around 8 a.m., killing six of them and wounding ten. A police officer said the bomber wore an army uniform.',
          '- Gunmen killed or wounded three people in a drive-by shooting near the Mahmudiya fish market in the evening. Police gave no breakdown.',
        ],
        'en',
        '2008-03-06',
      ).map((x) => [x.governorate, x.killed, x.wounded]),
    ).toEqual([
      ['Baghdad', 6, 10],
      ['Baghdad', null, null],
    ]);
  });
});

describe('"Mahmoudiyah", "Youssifiyah": McClatchy spellings of the Baghdad belt towns (gazetteer-iraq.ts)', () => {
  it('resolves both', () => {
    expect(resolvePlace('A bomb went off in Mahmoudiyah.', 'en')?.governorate?.en).toBe('Baghdad');
    expect(resolvePlace('A patrol came under fire near Youssifiyah.', 'en')?.governorate?.en).toBe('Baghdad');
  });
});

describe('"two guards and dozens of militants were killed": the foe told uncounted (vague-armed-joined.ts)', () => {
  it('counts the side given a number, leaves the vague foe out', () => {
    const m = (s: string) => {
      const { killed, attackersKilled } = findCasualties(matchView(s), 'en');
      return [killed, attackersKilled];
    };
    expect(m('Three border guards and dozens of insurgents were killed, a colonel said.')).toEqual([3, null]);
    expect(m('The raid killed four policemen and scores of gunmen.')).toEqual([4, null]);
    // (a vague count of civilians stays the verb's subject: no number for the dead)
    expect(m('Two guards and dozens of civilians were wounded.')).toEqual([null, null]);
  });
});
