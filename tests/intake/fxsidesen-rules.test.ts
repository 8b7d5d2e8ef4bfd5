// Rules from the fxsidesen round (issue 12, both sides' dead of a fight in English): each side's
// dead told by a verb of its own joined by "and", the other side joined on by "along with", a
// side's men named after their noun by "of the …", an earlier toll told aside after the new one,
// and "fought … battles" as a fight. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { ingested } from '../support/tolls.js';

const killedIn = (clause: string) => findCasualties(matchView(clause), 'en').killed;

describe('"20 IS fighters were killed in the push and three soldiers died": each side by its own verb', () => {
  it('adds the second side, told dying after "and"', () => {
    expect(
      killedIn(
        'At least 20 Islamic State fighters were killed in the push and three soldiers died, the army said.',
      ),
    ).toBe(23);
  });

  it('adds it with the forces told first and the armed men "also killed"', () => {
    expect(
      killedIn(
        'Four soldiers were killed near the bridge and nine rebels were also killed, the monitor said.',
      ),
    ).toBe(13);
  });

  it('keeps an attack apart: its attackers are no side of a fight', () => {
    expect(
      killedIn(
        'Four policemen were killed in the attack on the post and two militants died, officials said.',
      ),
    ).toBe(4);
  });

  it('keeps one side alone where the second count is wounded', () => {
    expect(
      killedIn('Twelve rebels were killed in the push and three soldiers were wounded, the monitor said.'),
    ).toBe(12);
  });
});

describe('"12 rebels were killed, along with seven soldiers": the other side joined on', () => {
  it('adds the soldiers and their allies told after "along with"', () => {
    expect(
      killedIn(
        'At least 12 rebels, among them fighters of a jihadist faction, were killed, along with seven soldiers and allied militiamen, the monitor said.',
      ),
    ).toBe(19);
  });

  it('does not add those killed with one man', () => {
    expect(
      killedIn('A militia commander was killed along with two of his guards, the monitor said.'),
    ).not.toBe(5);
  });
});

describe('"30 IS jihadists and five fighters of the Kurdish units (YPG) were killed": a side named after its noun', () => {
  it('counts both sides of the tally', () => {
    expect(
      killedIn(
        "The monitor said 30 IS jihadists and five fighters of the Kurdish People's Protection Units (YPG) were killed in Sunday's fighting for the village.",
      ),
    ).toBe(35);
  });
});

describe('"…, revising an earlier toll of 40 dead": the replaced toll is no second killing', () => {
  it('still reads the tally of both sides', () => {
    expect(
      killedIn(
        'At least 22 soldiers and allied militiamen and 30 rebels and jihadists were killed in the fighting, the monitor said, revising an earlier toll of 40 dead on both sides.',
      ),
    ).toBe(52);
  });
});

describe('"troops and rebels fought fierce battles": a fight, its toll told after it', () => {
  it("drafts the fight with both sides' dead", () => {
    expect(
      ingested(
        'Troops and rebels battle near Nawa',
        [
          'BEIRUT (AFP) - Syrian troops and rebels fought fierce battles on Wednesday near the town of Nawa in Daraa province, a monitoring group said.',
          'At least nine rebels were killed, along with five soldiers, the group said.',
        ],
        '2016-03-10',
        'en',
      ),
    ).toEqual([{ from: '2016-03-09', to: '2016-03-09', governorate: 'Daraa', killed: 14, wounded: null }]);
  });
});

describe('"troops seized two villages": ground taken, a battle, no one abducted', () => {
  const event = (clause: string) => analyseClause(clause, 'en', '2017-05-14', null, resolvePlace).event;

  it('reads the villages seized as ground taken', () => {
    expect(event('Troops seized three villages near the river on Friday, state media said.')).toEqual({
      type: 'battles',
      subType: 'armed_clash',
    });
  });

  it('still reads people seized as abducted', () => {
    expect(event('Gunmen seized three farmers near the river on Friday, police said.')?.subType).toBe(
      'abduction_forced_disappearance',
    );
  });
});
