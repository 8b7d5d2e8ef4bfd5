// Rules from the fxnodraft15 round (issue 12, gold incidents never drafted): a span's toll told of
// air strikes alone does not sum the shelling and fighting told after it; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a span toll of air strikes: shelling and a clash told after it are events of their own', () => {
  it('"Air strikes killed at least 30 militants … over the past 24 hours", then mortar fire and a counter-attack', () => {
    expect(
      ingested(
        'Strikes kill 30 militants near Raqqa: monitor',
        [
          'Air strikes by the U.S.-led coalition killed at least 30 Islamic State militants around the town of Tabqa in Raqqa province over the past 24 hours, a monitor said on Friday.',
          'Islamic State mortar rounds hit a market in Tabqa late on Thursday, killing three civilians, the monitor said.',
          'Kurdish fighters also attacked militant positions near the dam on Thursday, killing nine militants.',
        ],
        '2017-04-14',
      ),
    ).toEqual([
      { from: '2017-04-13', to: '2017-04-14', governorate: 'Raqqa', killed: 30, wounded: null },
      { from: '2017-04-13', to: '2017-04-13', governorate: 'Raqqa', killed: 3, wounded: null },
      { from: '2017-04-13', to: '2017-04-13', governorate: 'Raqqa', killed: 9, wounded: null },
    ]);
  });
});

describe('a blow told in the pluperfect with a day and a toll of its own, after an undated one that hurt no one', () => {
  it('"كما سقطت قذيفة … اقتصرت أضرارها على الماديات", then "وكانت قذيفة صاروخية قد سقطت أمس …، ما أدى إلى إصابة أربعة"', () => {
    expect(
      ingested(
        'سقوط قذائف على أحياء في حمص',
        [
          'قتل ثلاثة مدنيين وأصيب خمسة آخرون جراء سقوط قذائف على حي الزهراء في مدينة حمص صباح اليوم.',
          'كما سقطت قذيفة على سطح مدرسة في حي عكرمة، اقتصرت أضرارها على الماديات.',
          'وكانت قذيفة صاروخية قد سقطت أمس قرب دوار الرئيس، ما أدى إلى إصابة أربعة مواطنين بجروح.',
        ],
        '2014-03-11',
      ),
    ).toEqual([
      { from: '2014-03-11', to: '2014-03-11', governorate: 'Homs', killed: 3, wounded: 5 },
      { from: '2014-03-11', to: '2014-03-11', governorate: 'Homs', killed: null, wounded: null },
      { from: '2014-03-10', to: '2014-03-10', governorate: 'Homs', killed: null, wounded: 4 },
    ]);
  });
});

describe('a body found with stab wounds in an article that also counts an epidemic’s cases: a killing, not the disease’s', () => {
  it('"عثر الأهالي أمس على جثة شاب مقتولاً بطعنات سكين", beside "15 إصابة جديدة بفيروس كورونا"', () => {
    expect(
      ingested(
        'جريمة قتل في مخيم للنازحين',
        [
          'عثر الأهالي صباح أمس على جثة شاب مقتولاً بطعنات سكين قرب خيمته في مخيم روج بريف المالكية في الحسكة.',
          'وفي سياق منفصل، سجلت إدارة المخيم 15 إصابة جديدة بفيروس كورونا خلال الأسبوع الماضي.',
        ],
        '2021-04-06',
      ),
    ).toEqual([{ from: '2021-04-05', to: '2021-04-05', governorate: 'Hasakah', killed: 1, wounded: null }]);
  });
});

describe('twin suicide bombings recalled in a month: one event of that month, not its count', () => {
  it('"Islamic State claimed double suicide bombings at a market in Baghdad in March that killed 31 people"', () => {
    expect(
      ingested(
        'Car bomb kills five in Baghdad',
        [
          'A car bomb exploded near a checkpoint in the Baghdad district of Karrada on Sunday, killing five people, police said.',
          'Islamic State claimed double suicide bombings at a market in Baghdad in March that killed 31 people.',
        ],
        '2019-05-13',
      ),
    ).toEqual([
      { from: '2019-05-12', to: '2019-05-12', governorate: 'Baghdad', killed: 5, wounded: null },
      { from: '2019-03-01', to: '2019-03-31', governorate: 'Baghdad', killed: 31, wounded: null },
    ]);
  });
});

describe('an earlier harm recalled "during a similar brawl": one event, not a span summed', () => {
  it('"وتعود جذور الخلاف إلى عام 2015، حين قتل رجل من إحدى العشيرتين خلال شجار مماثل"', () => {
    expect(
      ingested(
        'قتيل وجريحان في نزاع عشائري شمال البصرة',
        [
          'قتل شخص وأصيب اثنان آخران بجروح في نزاع مسلح اندلع أمس الجمعة بين عشيرتين في قضاء القرنة شمال البصرة.',
          'وتعود جذور الخلاف بين العشيرتين إلى عام 2015، حين قتل رجل من إحدى العشيرتين خلال شجار مماثل على قطعة أرض.',
        ],
        '2016-11-05',
      ),
    ).toEqual([
      { from: '2016-11-04', to: '2016-11-04', governorate: 'Basra', killed: 1, wounded: 2 },
      { from: '2015-01-01', to: '2015-12-31', governorate: 'Basra', killed: 1, wounded: null },
    ]);
  });
});
