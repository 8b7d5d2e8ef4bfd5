// Rules from the fxcounts38 round (issue 12, tolls summed and split): who the counted were, told
// after "هم" past the group they were of, adds no one; a family's parent named by the article alone
// ("الأم", "الأب") is one person; "أن أحد …" reaches its verb past his group and what he was in it;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('who the counted were, past the group they were of, is not more of them', () => {
  it('"مقتل أربعة من أفراد الأسرة، هم الجد وحفيداه ..." stays four', () => {
    expect(
      ingested(
        'مقتل أربعة من أسرة واحدة بقصف على معرة النعمان',
        [
          'سقطت قذيفة صاروخية على منزل في مدينة معرة النعمان بريف إدلب، مساء أمس الأحد، ما أدى إلى مقتل أربعة من أفراد الأسرة، هم الجد وزوجته وحفيداه.',
        ],
        '2019-08-12',
      ),
    ).toEqual([{ from: '2019-08-11', to: '2019-08-11', governorate: 'Idlib', killed: 4, wounded: null }]);
  });

  it('"مقتل ثلاثة من عائلة النازح هم الجد وحفيداه" stays three', () => {
    expect(
      ingested(
        'قصف على أريحا',
        [
          'قصفت طائرة حربية منزلاً في مدينة أريحا جنوبي إدلب صباح اليوم، ما أدى إلى مقتل ثلاثة من عائلة النازح هم الجد وحفيداه.',
        ],
        '2019-08-12',
      ),
    ).toEqual([{ from: '2019-08-12', to: '2019-08-12', governorate: 'Idlib', killed: 3, wounded: null }]);
  });
});

describe("a family's parent named by the article alone is one person", () => {
  it('"وإصابة الأم بجروح" after the dead: one wounded', () => {
    expect(
      ingested(
        'مقتل طفلين بلغم في ريف حماة',
        [
          'انفجر لغم أرضي بعائلة كانت تجمع الكمأة قرب بلدة السعن شرقي حماة، أمس الجمعة، ما أدى إلى مقتل طفلين وإصابة الأم بجروح متوسطة.',
        ],
        '2021-03-13',
      ),
    ).toEqual([{ from: '2021-03-12', to: '2021-03-12', governorate: 'Hama', killed: 2, wounded: 1 }]);
  });

  it('"فيما أصيب الأب" after the dead: one wounded', () => {
    expect(
      ingested(
        'مقتل امرأة بقصف على جسر الشغور',
        [
          'قتلت امرأة وابنتها بقذيفة سقطت على منزلهما في مدينة جسر الشغور غربي إدلب، صباح اليوم، فيما أصيب الأب بجروح طفيفة.',
        ],
        '2020-02-03',
      ),
    ).toEqual([{ from: '2020-02-03', to: '2020-02-03', governorate: 'Idlib', killed: 2, wounded: 1 }]);
  });
});

describe('"أن أحد ..." runs to its verb past what the one was in his group', () => {
  it('"أن أحد الحراس الليليين في المستودع قُتل" is one dead', () => {
    expect(
      ingested(
        'سرقة مستودع في حمص',
        [
          'أفاد مصدر في الشرطة أن أحد الحراس الليليين في المستودع قُتل برصاص لصوص اقتحموا المستودع في حي الوعر بمدينة حمص فجر اليوم.',
        ],
        '2019-02-17',
      ),
    ).toEqual([{ from: '2019-02-17', to: '2019-02-17', governorate: 'Homs', killed: 1, wounded: null }]);
  });
});
