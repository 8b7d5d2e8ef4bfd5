// Rules from the fxactors1 round (issue 12, actors): a bomb planted by unknown people has no doer
// named, unless it was put in or on a vehicle (an attack by hand); gunmen stay unknown gunmen. Each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { actorIdOf } from '../../src/intake/drafts/phrases.js';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's perpetrators, as actor ids. */
const actorsOf = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) =>
    x.actors.map((a) => actorIdOf(a.en ?? a.ar ?? '')?.id ?? '?'),
  );

describe('"عبوة زرعها مجهولون", "a bomb planted by unknown assailants": no one named, no actor', () => {
  it('leaves the device the unknown planted without a doer, in Arabic', () => {
    expect(
      actorsOf(
        [
          'انفجار عبوة ناسفة في ريف دير الزور',
          'أصيب مزارع بجروح خطيرة، صباح اليوم الأحد، بانفجار عبوة ناسفة زرعها مجهولون على طريق زراعي قرب بلدة الشحيل في ريف دير الزور الشرقي.',
        ],
        '2022-03-06',
      ),
    ).toEqual([[]]);
  });

  it('leaves it so in English', () => {
    expect(
      actorsOf(
        [
          'Roadside bomb wounds farmer near Tikrit',
          'A farmer was wounded on Sunday when a bomb planted by unknown assailants went off on a farm road near Tikrit in Salahuddin province, police said.',
        ],
        '2022-03-06',
      ),
    ).toEqual([[]]);
  });

  it("keeps the unknown who put a sticky bomb under a man's car as its doers", () => {
    expect(
      actorsOf(
        [
          'مقتل موظف بانفجار في الأنبار',
          'قتل موظف في دائرة البلدية، صباح اليوم الأحد، بانفجار عبوة لاصقة وضعها مجهولون أسفل سيارته في قضاء هيت غربي الأنبار.',
        ],
        '2022-03-06',
      ),
    ).toEqual([['unknown_gunmen']]);
  });

  it('keeps armed unknown men who killed as unknown gunmen', () => {
    expect(
      actorsOf(
        [
          'اغتيال شاب في ريف درعا',
          'اغتال مسلحون مجهولون، مساء أمس السبت، شابا في بلدة الحراك بريف درعا الشرقي، بعد أن أطلقوا النار عليه أمام منزله.',
        ],
        '2022-03-06',
      ),
    ).toEqual([['unknown_gunmen']]);
  });
});
