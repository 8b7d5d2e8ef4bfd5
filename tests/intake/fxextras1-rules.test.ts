// Rules found on drafts that match no incident of the article (issue 12, fixer fxextras1): a
// dateline read as the event's place, totals over a period drafted as one event; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"BAGHDAD // …": a dateline closed by a double slash', () => {
  it('is where the story was filed, not the place of the killing it tells', () => {
    expect(
      ingested(
        "Union leader gunned down in Iraq's Basra",
        [
          'BAGHDAD // A union leader was shot dead outside his office in the southern Iraqi town of Abu al-Khasib on Thursday, the second such killing this year.',
          'Police said the attackers fled in a car and no group claimed the killing.',
        ],
        '2021-03-12',
      ),
    ).toEqual([{ from: '2021-03-11', to: '2021-03-11', governorate: 'Basra', killed: 1, wounded: null }]);
  });
});

describe('"40,000 buffalo have died", "300 sheep died": animals counted', () => {
  it('are a herd losses, no dead people and no incident of their own', () => {
    expect(
      ingested(
        'Heat and drought hit herders in Muthanna',
        [
          'A shepherd was shot dead by gunmen near the town of Rumaitha in Muthanna province on Sunday, police said.',
          'Herders said more than 300 sheep died of thirst near Rumaitha in Muthanna province last week.',
          "About a fifth of the province's 25,000 cattle have died or been sold since the spring, officials said.",
        ],
        '2022-08-09',
      ),
    ).toEqual([{ from: '2022-08-07', to: '2022-08-07', governorate: 'Muthanna', killed: 1, wounded: null }]);
  });
});

describe('totals since a point, told as the dead of many blows', () => {
  const title = 'Air strike kills eight in Idlib village';
  const lead =
    'An air strike killed at least eight civilians in the village of Kafr Nabl in Idlib province on Tuesday, a war monitor said.';
  const only = [{ from: '2019-06-04', to: '2019-06-04', governorate: 'Idlib', killed: 8, wounded: null }];
  it('"have been killed in government strikes since then" sums the campaign, no incident', () => {
    expect(
      ingested(
        title,
        [
          lead,
          'The government began its push on the province in April. The monitor says more than 500 civilians have been killed in government strikes since then, a figure Damascus disputes.',
        ],
        '2019-06-05',
      ),
    ).toEqual(only);
  });
  it('"have been assassinated since protests began" is a tally of killings, no incident', () => {
    expect(
      ingested(
        title,
        [
          lead,
          'Local groups say at least 17 activists have been assassinated in Idlib since protests began.',
        ],
        '2019-06-05',
      ),
    ).toEqual(only);
  });
  it('"the offensive launched in late April has killed" is the campaign toll, no incident', () => {
    expect(
      ingested(
        title,
        [
          lead,
          'The offensive launched in late April has killed more than 400 civilians in Idlib province, the monitor says.',
        ],
        '2019-06-05',
      ),
    ).toEqual(only);
  });
  it('"attacks in the capital last week killed more than 60" is a week of blows, no incident', () => {
    expect(
      ingested(
        'Car bomb kills six in Kirkuk',
        [
          'A car bomb killed six people and wounded 14 near a market in the city of Kirkuk on Wednesday, police said.',
          'Attacks in the capital last week killed more than 60 people.',
        ],
        '2016-05-12',
      ),
    ).toEqual([{ from: '2016-05-11', to: '2016-05-11', governorate: 'Kirkuk', killed: 6, wounded: 14 }]);
  });
});

describe('"a spokesman confirmed the attack": the event told, borne out', () => {
  it('is no second incident at the place the spokesman speaks from', () => {
    expect(
      ingested(
        'Roadside bomb hits supply convoy in Diwaniyah',
        [
          'A roadside bomb struck a convoy of trucks carrying supplies for foreign troops near Diwaniyah on Monday, wounding two drivers, police said.',
          'A coalition spokesman in Baghdad confirmed the attack on the convoy but said no coalition troops were hurt.',
        ],
        '2021-05-25',
      ),
    ).toEqual([{ from: '2021-05-24', to: '2021-05-24', governorate: 'Qadisiyah', killed: null, wounded: 2 }]);
  });
});
