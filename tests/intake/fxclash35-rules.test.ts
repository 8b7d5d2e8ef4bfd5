// Rules found on both sides' dead when a town or field changes hands (issue 12, fixer fxclash35):
// the other side's count a teller adds after a hedge, and a force allied to the first side named
// between the two counts. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"مضيفاً أن "أكثر من 40 مسلحاً من التنظيم قتلوا خلال المعارك"": the other side\'s count told by the teller, hedged', () => {
  it('adds the hedged count to the side told first', () => {
    expect(
      draftedTolls(
        [
          'استعادت قوات الجيش السيطرة على قرية البوبالي في محافظة ديالى، أمس الخميس، بعد اشتباكات عنيفة مع مسلحي التنظيم.',
          'وقال ضابط في الجيش إن "6 من الجنود قتلوا وأصيب 14 آخرون في معارك القرية"، مضيفاً أن "أكثر من 40 مسلحاً من التنظيم قتلوا خلال المعارك".',
        ],
        '2015-03-13',
      ),
    ).toEqual([[46, 14, null]]);
  });
});

describe('"12 members of the army and allied militia and 30 militants": a force allied to the first side named before the other count', () => {
  it('counts both sides of the fight', () => {
    expect(
      draftedTolls(
        [
          'Militants seized the village of Tal Jabin in Aleppo province on Tuesday after heavy clashes with government forces, a monitor said.',
          'The monitor said 12 members of the army and allied militia and 30 militants had been killed in the fighting.',
        ],
        '2016-02-10',
      ),
    ).toEqual([[42, null, null]]);
  });
});
