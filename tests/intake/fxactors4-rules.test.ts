// Rules from the fxactors4 round (issue 12, actors): Arabic fighter jets named before their country
// are its aircraft; "American troops" are the US forces; the police who only tell the news ("a police
// source in X, the capital of …, said") are no side. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { actorIdOf } from '../../src/intake/drafts/phrases.js';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's perpetrators, as actor ids. */
const actorsOf = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) =>
    x.actors.map((a) => actorIdOf(a.en ?? a.ar ?? '')?.id ?? '?'),
  );

describe('"مقاتلات تركية": fighter jets named before the country are its aircraft', () => {
  it('makes the country of the fighter jets the doer, not the group they struck', () => {
    expect(
      actorsOf(
        [
          'مقتل ثلاثة بغارات في جبل متين',
          'شنت مقاتلات تركية، فجر اليوم السبت، غارات على مواقع حزب العمال الكردستاني في جبل متين بمحافظة دهوك، ما أدى إلى مقتل ثلاثة أشخاص.',
        ],
        '2023-04-08',
      ),
    ).toEqual([['turkey']]);
  });
});

describe('"American troops killed …": the US forces are the doers', () => {
  it('reads American troops', () => {
    expect(
      actorsOf(
        [
          'Raid near Baquba',
          'American troops killed four suspected insurgents in a raid on a house near Baquba on Tuesday.',
        ],
        '2007-04-08',
      ),
    ).toEqual([['us_forces']]);
  });

  it('does not take American soldiers for the Iraqi army', () => {
    expect(
      actorsOf(
        ['Clash near Baquba', 'American soldiers killed four gunmen near Baquba on Tuesday.'],
        '2007-04-08',
      ),
    ).toEqual([['us_forces']]);
  });
});

describe('the police who tell the news are no side of the blast', () => {
  it('reads the source whose town is told in apposition', () => {
    expect(
      actorsOf(
        [
          'Bomb in Baquba',
          'A car bomb exploded in a busy market in the town of Baquba on Saturday, killing at least seven people.',
          'The first bomb, hidden in a cart, went off near the gate, a police source in Baquba, the capital of the province, said.',
        ],
        '2007-04-08',
      ),
    ).toEqual([[]]);
  });

  it('keeps the police the doer of what they did', () => {
    expect(
      actorsOf(
        [
          'Clash in Baquba',
          'Police killed two gunmen in a clash in Baquba on Saturday, said an official in the province.',
        ],
        '2007-04-08',
      ),
    ).toEqual([['iraqi_police']]);
  });
});
