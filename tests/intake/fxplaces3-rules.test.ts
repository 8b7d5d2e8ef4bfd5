// Rules from the fxplaces3 round (issue 12, places resolved to a namesake or to the wrong side of a
// city): a quarter named after the road to another city, a quarter named like a district elsewhere,
// a bearing from "the Syrian capital" or "the vicinity of" Damascus, and where a vehicle had just
// arrived from; each on sentences written for it.
// A later fxplaces3 round (issue 12, places and dates left in a blind block): a title filed under a
// place keeps it over a namesake of another country; a quarter told by its bearing from the city is
// the city's; a place's relative clause of what it goes through tells no event; the day the
// operation a blow belongs to began; and two towns the gazetteer
// lacked (Saham al-Jawlan of Daraa, al-Rummana of Anbar).
import { describe, expect, it } from 'vitest';
import { ingested, ingestedParagraphs } from '../support/tolls.js';

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

describe('a title filed under a place ("حلب: …")', () => {
  it("keeps the head's city over an Iraqi governorate's name in the rest, a quarter of that city", () => {
    expect(
      ingested(
        'حلب: ثلاثة قتلى بقذائف على حي الميدان ومعارك عنيفة في صلاح الدين',
        ['قتل ثلاثة مدنيين ظهر اليوم الأحد بقذائف هاون سقطت على سوق شعبي.'],
        '2012-09-02',
      ),
    ).toEqual([{ from: '2012-09-02', to: '2012-09-02', governorate: 'Aleppo', killed: 3, wounded: null }]);
  });
});

describe('a quarter told by its bearing from "the city"', () => {
  it('is in the city the event before told, whatever namesake of another country the clause names', () => {
    const got = ingested(
      'قصف ومعارك في المدينة',
      [
        'قتل أربعة مدنيين اليوم الأحد بقصف على حي الشعار في مدينة حلب.',
        'وفي حي صلاح الدين غربي المدينة، قتل ثلاثة مقاتلين في اشتباكات مع قوات النظام المتقدمة من محور الحمدانية.',
      ],
      '2012-09-02',
    );
    expect(got.map((x) => x.governorate)).not.toContain('Nineveh');
    expect(got.every((x) => x.governorate === 'Aleppo')).toBe(true);
  });
});

describe('what a place goes through, in a relative clause ("…التي تشهد معارك")', () => {
  it('tells no event of its own; al-Rummana lies in Anbar', () => {
    expect(
      ingested(
        'غارة على تجمع للمسلحين',
        [
          'قصف طيران التحالف أمس الأربعاء تجمعاً للمسلحين في منطقة الرمانة، ما أسفر عن مقتل تسعة منهم.',
          'ويقابل المنطقة من الجانب السوري مدينة البوكمال التي تشهد بدورها معارك بين القوات الحكومية وعناصر التنظيم.',
        ],
        '2017-11-02',
      ),
    ).toEqual([{ from: '2017-11-01', to: '2017-11-01', governorate: 'Anbar', killed: 9, wounded: null }]);
  });
});

describe("a town whose name ends in a region's", () => {
  it('"بلدة سحم الجولان" is the town of Daraa, not the Golan of Quneitra', () => {
    expect(
      ingested(
        'انفجار عبوة',
        ['قتل رجلان بانفجار عبوة ناسفة في بلدة سحم الجولان اليوم الخميس.'],
        '2016-04-14',
      ),
    ).toEqual([{ from: '2016-04-14', to: '2016-04-14', governorate: 'Daraa', killed: 2, wounded: null }]);
  });
});

describe('the day the operation a blow belongs to began', () => {
  it('"…في إطار عملية الدرع التي انطلقت السبت، ثالث أيام العيد" is not the blow\'s day', () => {
    const got = ingested(
      'غارة قرب القائم',
      [
        'قتل ستة مسلحين ليل الاثنين الثلاثاء بغارة جوية على منزل في بلدة الكرابلة.',
        'وقال الجيش إن الغارة جاءت في إطار عملية الدرع التي انطلقت السبت، ثالث أيام عيد الفطر، فيما قال أطباء إن القتلى ثمانية بينهم نساء.',
      ],
      '2005-11-08',
    );
    expect(got.every((x) => x.from === '2005-11-07' && x.to === '2005-11-08')).toBe(true);
  });
});
