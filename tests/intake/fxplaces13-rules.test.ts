// Rules from the fxplaces13 round (issue 12, places): a toll is placed where the article tells it,
// not at the wire's dateline nor at one of the spots a lead lists under a side of a city; on
// sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a dateline closed by its agency in brackets', () => {
  it('"دمشق (أ ف ب) -" over a blast in a market of Babbila: Rif Dimashq, not the dateline', () => {
    expect(
      ingested(
        'قتلى في انفجار عبوة ناسفة',
        [
          'دمشق (أ ف ب) - قتل ثلاثة أشخاص في انفجار عبوة ناسفة في سوق ببيلا مساء أمس الثلاثاء، بحسب مصدر طبي.',
        ],
        '2013-03-06',
        'ar',
      ),
    ).toEqual([
      { from: '2013-03-05', to: '2013-03-05', governorate: 'Rif Dimashq', killed: 3, wounded: null },
    ]);
  });
});

describe('a lead listing several spots under a title told by a side of a city', () => {
  it('"the pocket south of Damascus" over a lead on "Yarmouk and al-Qadam": an item on an unknown spot keeps its own draft', () => {
    const drafts = ingested(
      'Fighting rages in rebel pocket south of Damascus',
      [
        'Troops backed by Russian jets pressed their offensive on the rebel pocket in Yarmouk and al-Qadam on Tuesday.',
        '- In Babbila, four soldiers were killed in clashes.',
        '- Russian warplanes pounded Tall Sawdan throughout the day. State media claimed "dozens" of militants were killed; the monitor gave no figure.',
        '- A mortar round killed three soldiers in al-Qadam, a military source said.',
      ],
      '2018-05-09',
      'en',
    );
    expect(drafts).toHaveLength(3);
    expect(drafts).toContainEqual({
      from: '2018-05-08',
      to: '2018-05-08',
      governorate: 'Rif Dimashq',
      killed: null,
      wounded: null,
    });
  });
});

describe('"the nearby town of X" a few kilometres off, over the line of the governorate', () => {
  it('"the Qaboun district of Damascus", then "the nearby town of Arbin": Arbin\'s toll is Rif Dimashq', () => {
    expect(
      ingested(
        'Army shells rebel-held district of Damascus',
        [
          'The army shelled the Qaboun district of Damascus on Sunday, killing four rebels, a monitor said.',
          'On Monday, jets struck the nearby town of Arbin, killing six civilians, the monitor said.',
        ],
        '2016-02-02',
        'en',
      ),
    ).toEqual([
      { from: '2016-01-31', to: '2016-01-31', governorate: 'Damascus', killed: 4, wounded: null },
      { from: '2016-02-01', to: '2016-02-01', governorate: 'Rif Dimashq', killed: 6, wounded: null },
    ]);
  });
});

describe('"من مواقعها في X على Y": where the fire came from, before where it fell', () => {
  it('shelling "from its positions in a Damascus quarter onto homes in Yalda": Rif Dimashq', () => {
    expect(
      ingested(
        'قصف على جنوب العاصمة',
        [
          'قتل ثلاثة مدنيين مساء أمس الأحد بقصف مدفعي لقوات النظام من مواقعها في حي التضامن على أحياء سكنية في مدينة يلدا، بحسب ناشطين.',
        ],
        '2016-03-07',
        'ar',
      ),
    ).toEqual([
      { from: '2016-03-06', to: '2016-03-06', governorate: 'Rif Dimashq', killed: 3, wounded: null },
    ]);
  });
});

describe('towns the gazetteer lacked', () => {
  it('"قذيفة على بلدة الحجيرة" is Rif Dimashq; "كمين قرب بلدة المسمية" is Daraa', () => {
    expect(
      ingested(
        'قذائف وكمائن',
        [
          'أصيب أربعة مدنيين بسقوط قذيفة هاون على بلدة الحجيرة مساء أمس الخميس، بحسب ناشطين.',
          'وفي سياق آخر، قتل جنديان بكمين قرب بلدة المسمية فجر اليوم الجمعة، وفق مصدر عسكري.',
        ],
        '2019-04-12',
        'ar',
      ).map((x) => x.governorate),
    ).toEqual(['Rif Dimashq', 'Daraa']);
  });
});
