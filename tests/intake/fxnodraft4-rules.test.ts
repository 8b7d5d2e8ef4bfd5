// Rules from the fxnodraft4 round (issue 12, a gold incident with casualties and no draft of its
// own): an accident told as what a quarrel was about, where the shooting it led to is the event;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('an accident named as the motive of a quarrel does not make the killing an accident', () => {
  it('"was shot dead in a dispute over a traffic accident", a day before the main event', () => {
    expect(
      ingested(
        'Gunmen kill two in Basra raid',
        [
          'Gunmen stormed a house in the Zubair district of Basra late on Saturday, killing two men and wounding a woman, a police source said on Sunday.',
          'Separately, a young man was shot dead on Friday in a dispute over a traffic accident in the Abu al-Khasib district, the source added.',
        ],
        '2022-10-02',
      ),
    ).toEqual([
      { from: '2022-10-01', to: '2022-10-01', governorate: 'Basra', killed: 2, wounded: 1 },
      { from: '2022-09-30', to: '2022-09-30', governorate: 'Basra', killed: 1, wounded: null },
    ]);
  });

  it('"قتل رجل بإطلاق نار إثر خلاف على حادث سير" in a paragraph of its own', () => {
    expect(
      ingested(
        'مقتل شاب بنزاع عشائري في البصرة',
        [
          'أفاد مصدر في شرطة البصرة، اليوم الأحد، بأن مسلحين اقتحموا منزلاً في قضاء القرنة مساء أمس، ما أدى إلى مقتل اثنين من أصحابه وإصابة ثالث.',
          'وفي حادث آخر، قتل رجل يوم الجمعة بإطلاق نار إثر خلاف على حادث سير في قضاء شط العرب، بحسب المصدر.',
        ],
        '2022-10-02',
      ),
    ).toEqual([
      { from: '2022-10-01', to: '2022-10-01', governorate: 'Basra', killed: 2, wounded: 1 },
      { from: '2022-09-30', to: '2022-09-30', governorate: 'Basra', killed: 1, wounded: null },
    ]);
  });

  it('a death in a traffic accident is still no incident', () => {
    expect(
      ingested(
        'Bomb wounds three in Basra',
        [
          'A roadside bomb wounded three soldiers in the Zubair district of Basra on Saturday, a police source said.',
          'On Friday, two men were killed in a traffic accident on the highway near the Safwan crossing, the source said.',
        ],
        '2022-10-02',
      ),
    ).toEqual([{ from: '2022-10-01', to: '2022-10-01', governorate: 'Basra', killed: null, wounded: 3 }]);
  });
});
