// Rules from the fxplaces3 round (issue 12, places resolved to a namesake or to the wrong side of a
// city): a quarter named after the road to another city, a quarter named like a district elsewhere,
// a bearing from "the Syrian capital" or "the vicinity of" Damascus, and where a vehicle had just
// arrived from; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

describe('a quarter named after the road to another city lies in the city told, not in that one', () => {
  it('five killed in one quarter, then "وفي حي طريق حماة، قتل شخصان … بحسب الناشطين" in a Homs story: two incidents', () => {
    expect(
      ingestedParagraphs(
        [
          'قتلى بقصف وقنص في حمص',
          'وقال ناشطون إن القوات قصفت حي الوعر بقذائف الهاون اليوم الأحد، ما أدى إلى مقتل خمسة مدنيين.',
          'وفي حي طريق حماة، قتل شخصان برصاص قناص وهما يعبران شارعاً رئيسياً في الحي، بحسب الناشطين.',
        ],
        '2013-04-14',
      ),
    ).toEqual([
      { from: '2013-04-14', to: '2013-04-14', governorate: 'Homs', killed: 5, wounded: null },
      { from: '2013-04-14', to: '2013-04-14', governorate: 'Homs', killed: 2, wounded: null },
    ]);
  });
});

describe('a quarter named like a district elsewhere gives way to the city named beside it', () => {
  it('a title "على حيي الحمدانية وحلب الجديدة" places a body that names no place in Aleppo', () => {
    expect(
      ingestedParagraphs(
        [
          'قتيلان وخمسة جرحى بقذائف على حيي الحمدانية وحلب الجديدة',
          'قتل شخصان وأصيب خمسة آخرون بقذائف صاروخية سقطت على الأحياء الغربية اليوم الأحد.',
        ],
        '2016-10-30',
      ),
    ).toEqual([{ from: '2016-10-30', to: '2016-10-30', governorate: 'Aleppo', killed: 2, wounded: 5 }]);
  });
});

describe('a bearing from the Syrian capital, or its vicinity, lies in the governorate around the city', () => {
  it('"struck army posts south of the Syrian capital": Rif Dimashq', () => {
    expect(
      ingestedParagraphs(
        [
          'Two soldiers killed in missile strikes',
          'Missiles struck army posts south of the Syrian capital on Sunday, killing two soldiers, state media said.',
        ],
        '2023-02-20',
      ),
    ).toEqual([
      { from: '2023-02-19', to: '2023-02-19', governorate: 'Rif Dimashq', killed: 2, wounded: null },
    ]);
  });

  it('"hit a car in the vicinity of Damascus": Rif Dimashq', () => {
    expect(
      ingestedParagraphs(
        [
          'Drone strike kills a man',
          'A drone strike hit a car in the vicinity of Damascus on Sunday, killing one man, a war monitor said.',
        ],
        '2023-02-20',
      ),
    ).toEqual([
      { from: '2023-02-19', to: '2023-02-19', governorate: 'Rif Dimashq', killed: 1, wounded: null },
    ]);
  });

  it('"a market in the Iraqi capital": Baghdad', () => {
    expect(
      ingestedParagraphs(
        [
          'Bomb kills four',
          'A bomb exploded in a crowded market in the Iraqi capital on Sunday, killing four people and wounding nine, police said.',
        ],
        '2016-05-16',
      ),
    ).toEqual([{ from: '2016-05-15', to: '2016-05-15', governorate: 'Baghdad', killed: 4, wounded: 9 }]);
  });
});

describe('where a vehicle hit had just arrived from is not where it was hit', () => {
  it('"hit a truck near the border shortly after it arrived from Iraq" after a strike in Deir ez-Zor: Deir ez-Zor', () => {
    expect(
      ingestedParagraphs(
        [
          'Strikes kill five in eastern Syria',
          'Air strikes killed five people overnight in Deir ez-Zor province, a war monitor said on Monday.',
          'The raids hit a depot of pro-Iran fighters near Albu Kamal, killing three of them.',
          'A separate strike hit a fuel truck near a border post shortly after it arrived from Iraq, killing its two drivers.',
        ],
        '2024-05-13',
      ),
    ).toEqual([
      { from: '2024-05-12', to: '2024-05-13', governorate: 'Deir ez-Zor', killed: 3, wounded: null },
      { from: '2024-05-12', to: '2024-05-13', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });
});

describe('a name glossed by another spelling in parentheses is the place the gloss names', () => {
  it('"a cave near al-Hadar (Hatra)": Nineveh, not the Hadar of Quneitra', () => {
    expect(
      ingestedParagraphs(
        [
          'Jets kill two militants',
          'On Sunday, Iraqi jets struck a cave near al-Hadar (Hatra), killing two militants, the military said.',
        ],
        '2021-08-02',
      ),
    ).toEqual([{ from: '2021-08-01', to: '2021-08-01', governorate: 'Nineveh', killed: 2, wounded: null }]);
  });
});
