// Rules found on drafts that are no incident (issue 12, fixer fxextra4): lead totals told of a side of
// the country or of "a city and the southern provinces", a blow told in the same sentence as another
// ("…, and one man died in a strike on …"), a count told "also" of "the strikes" the items told; each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/intake/article/sentences.js';
import { drafted, tolls } from '../support/tolls.js';

describe('a lead total told of a side of the country sums items in any of its governorates', () => {
  it('"in northern Syria", then a strike in Aleppo and one in Idlib: the two strikes, no total', () => {
    expect(
      tolls(
        [
          'Russian air strikes killed at least five people in northern Syria on Sunday, as government forces shelled villages in the Idlib countryside, rescuers said.',
          'Warplanes hit a market in the town of Atarib in western Aleppo, killing three civilians.',
          'Separately, two men were killed when a strike hit a poultry farm near Maarat Misrin.',
        ],
        'en',
        '2020-01-13',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });

  it('"في شمال سوريا" likewise', () => {
    expect(
      tolls(
        [
          'قتل خمسة مدنيين اليوم الأحد بغارات روسية في شمال سوريا، بينما واصلت قوات النظام قصف قرى ريف إدلب.',
          'واستهدفت الغارات سوقاً في بلدة الأتارب بريف حلب الغربي، ما أدى إلى مقتل ثلاثة مدنيين.',
          'وفي حادث منفصل، قتل رجلان بغارة على مزرعة قرب معرة مصرين.',
        ],
        'ar',
        '2020-01-13',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('a lead total told of "Baghdad and the southern provinces" is placed nowhere', () => {
  it('its items in Baghdad, Basra and Babil sum it near enough: the items stay, the total goes', () => {
    expect(
      tolls(
        [
          'At least nine people were killed and 20 wounded in attacks on Tuesday, most of them in Baghdad and the southern provinces.',
          "A roadside bomb killed two soldiers and wounded five in Baghdad's Dora district.",
          'In Basra, gunmen shot dead a police officer outside his home.',
          'Four people were killed and 15 wounded when a car bomb exploded at a bus station in Hilla.',
          'A bomb planted near a shop killed one man in Amara.',
        ],
        'en',
        '2012-04-11',
      ),
    ).toEqual([
      { killed: 2, wounded: 5 },
      { killed: 1, wounded: null },
      { killed: 4, wounded: 15 },
      { killed: 1, wounded: null },
    ]);
  });
});

describe('", and one … died in a strike on …": a blow of its own, told in the sentence of another', () => {
  it('splits there', () => {
    expect(
      splitClauses(
        'A shepherd was killed by shelling near the village of Tal Tamr, and one man died in a strike on a bakery in the town of Amuda.',
        'en',
      ).map((c) => c.text),
    ).toEqual([
      'A shepherd was killed by shelling near the village of Tal Tamr,',
      'and one man died in a strike on a bakery in the town of Amuda.',
    ]);
  });

  it('so the lead total of the province sums it with the others and goes', () => {
    expect(
      drafted(
        [
          'Turkish drone strikes killed six people in Hasakah province on Wednesday, Kurdish officials said.',
          'Three fighters were killed when a drone hit their car on the road between Qamishli and Amuda.',
          'Two farmers were killed in a field south of Qamishli, and one man died in a strike on a bakery near the town of Derik.',
        ],
        'en',
        '2024-02-08',
      ).map((x) => ({ at: x.place.district?.en ?? null, killed: x.killed })),
    ).toEqual([
      { at: 'Qamishli', killed: 3 },
      { at: 'Qamishli', killed: 2 },
      { at: 'Malikiyah', killed: 1 },
    ]);
  });
});

describe('a count told "also" of "the strikes" after the items: their sum, no item\'s own', () => {
  it('"the strikes also wounded at least 14 people" adds to none of the strikes told', () => {
    expect(
      tolls(
        [
          'A drone strike killed two fighters at a checkpoint west of Qamishli on Friday, the SDF said.',
          'Separately, a strike on a grain silo near Amuda killed a guard.',
          'A monitoring group said the strikes also wounded at least 14 people.',
        ],
        'en',
        '2024-02-10',
      ),
    ).toEqual([
      { killed: 2, wounded: null },
      { killed: 1, wounded: null },
    ]);
  });
});
