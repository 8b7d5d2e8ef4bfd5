// Rules from the fxsidesen2 round (issue 12, both sides' dead of a fight in English): an apposition
// before the passive that counts the dead, a single clash as a fight, both sides named by "of"
// before one passive, a hyphened word counted as one, and a headline naming a fight that states
// both sides' toll.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

const read = (clause: string) => findCasualties(matchView(clause), 'en');

describe('", a militia allied to the army, were also killed": an apposition before the passive', () => {
  it('reads the count back past the aside', () => {
    expect(
      read(
        'The governor said four policemen and two fighters of the tribal guard, a force raised by local clans, were also killed in the fighting.',
      ).killed,
    ).toBe(6);
  });

  it('leaves a clause with no aside as it was', () => {
    expect(read('The governor said four policemen were also killed in the fighting.').killed).toBe(4);
  });
});

describe('"were killed in a clash": one clash is a fight, both sides its toll', () => {
  it('sums the forces and the armed men killed in a clash', () => {
    const c = read(
      'Three customs guards and four smugglers were killed in a clash near the crossing on Friday.',
    );
    expect([c.killed, c.attackersKilled]).toEqual([7, null]);
  });

  it('keeps the attackers apart where an attack is told', () => {
    const c = read(
      'Three guards and four gunmen were killed in a clash after the gunmen attacked the crossing.',
    );
    expect(c.killed).toBe(3);
  });
});

describe('"N fighters of X and M militants of Y were killed in clashes": both sides named by "of"', () => {
  it('adds the first side to the second', () => {
    const c = read(
      'Five fighters of the Sinjar Resistance Units and about 12 militants of the Islamic State group were killed in clashes near the village on Tuesday.',
    );
    expect([c.killed, c.attackersKilled]).toEqual([17, null]);
  });

  it('does not sum where the clause tells an attack', () => {
    const c = read(
      'Five fighters of the village guard and 12 militants of the Islamic State group were killed in clashes after the militants attacked the village.',
    );
    expect(c.killed).not.toBe(17);
  });
});

describe('"and pro-government Sunni tribal fighters were killed": a hyphened word is one word', () => {
  it('reads the count across a hyphened describing word', () => {
    expect(
      read(
        'At least nine Iraqi army soldiers and pro-government Shiite volunteer fighters were killed on Monday.',
      ).killed,
    ).toBe(9);
  });

  it('still stops where too many words stand between', () => {
    expect(
      read(
        'At least nine soldiers and pro-government Shiite volunteer fighters from the southern province were killed.',
      ).killed,
    ).toBeNull();
  });
});

describe('"30 killed as troops, militants clash": a headline naming a fight states both sides\' toll', () => {
  const body = [
    'BAGHDAD, July 3 (Xinhua) -- At least 12 Iraqi soldiers were killed on Wednesday as Islamic State militants stormed the town of Dhuluiyah in Salahuddin province, a security source said.',
    'The troops killed 18 IS militants before the attackers withdrew, the source said.',
  ];
  const killed = (title: string) => ingested(title, body, '2015-07-03', 'en').map((x) => x.killed);

  it('sums the victims and the attackers the body set apart', () => {
    expect(killed('30 killed as Iraqi troops, militants clash in Salahuddin')).toEqual([30]);
  });

  it('keeps the attackers apart where the headline names an attack', () => {
    expect(killed('IS attack on Salahuddin town kills 30')).toEqual([12]);
  });
});
