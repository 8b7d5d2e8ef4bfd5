// Rules from the fxcounts24 round (issue 12, casualty counts of matched incidents): a fight that
// "leaves" both sides' dead, its toll; an ordinal told of the one counted ("جندي ثالث") before the
// next one joined; a definite plural counted by the number after it ("الجنود الثلاثة"); a fate told
// of the counted ("two of the men dead … and a third with burns") ending the group before "and"; a
// cell's leader ("متزعمها") as one person; each on sentences written for it, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a fight that leaves both sides’ dead: its toll is both sides’', () => {
  it('"Clashes broke out … leaving three soldiers and two gunmen dead"', () => {
    expect(
      ingested(
        'Clashes in eastern Deir ez-Zor',
        [
          'Clashes broke out on Tuesday evening between army troops and tribal gunmen in the town of al-Busayrah, in the countryside of Deir ez-Zor, leaving three soldiers and two gunmen dead and five people wounded, a local source said.',
        ],
        '2020-06-03',
      ),
    ).toEqual([{ from: '2020-06-02', to: '2020-06-02', governorate: 'Deir ez-Zor', killed: 5, wounded: 5 }]);
  });
  it('an attack that leaves them keeps its attackers apart', () => {
    expect(
      ingested(
        'Attack on a checkpoint in Deir ez-Zor',
        [
          'Gunmen attacked an army checkpoint on Tuesday evening in the town of al-Busayrah in Deir ez-Zor province, leaving three soldiers and two gunmen dead, a local source said.',
        ],
        '2020-06-03',
      ),
    ).toEqual([
      { from: '2020-06-02', to: '2020-06-02', governorate: 'Deir ez-Zor', killed: 3, wounded: null },
    ]);
  });
});

describe('an ordinal told of the one counted, then one more joined', () => {
  it('"وإصابة جندي ثالث ومدنيين اثنين": three wounded', () => {
    expect(
      ingested(
        'قصف تركي على ريف الحسكة',
        [
          'قصفت المدفعية التركية مساء الجمعة نقطة عسكرية في قرية قرب مدينة الدرباسية بريف الحسكة، ما أدى إلى مقتل جنديين وإصابة جندي ثالث ومدنيين اثنين.',
        ],
        '2019-05-04',
      ),
    ).toEqual([{ from: '2019-05-03', to: '2019-05-03', governorate: 'Hasakah', killed: 2, wounded: 3 }]);
  });
});

describe('a definite plural counted by the number after it', () => {
  it('"ما أدى إلى مقتل الجنود الثلاثة وإصابة جندي رابع"', () => {
    expect(
      ingested(
        'قصف تركي على ريف الحسكة',
        [
          'قصفت المدفعية التركية مساء الجمعة نقطة عسكرية في قرية قرب مدينة الدرباسية بريف الحسكة، ما أدى إلى مقتل الجنود الثلاثة وإصابة جندي رابع.',
        ],
        '2019-05-04',
      ),
    ).toEqual([{ from: '2019-05-03', to: '2019-05-03', governorate: 'Hasakah', killed: 3, wounded: 1 }]);
  });
  it('"قتل مسلحون … الأشقاء الأربعة"', () => {
    expect(
      ingested(
        'مقتل أربعة أشقاء في ريف الحسكة',
        ['قتل مسلحون مجهولون مساء الجمعة الأشقاء الأربعة في قرية قرب مدينة الدرباسية بريف الحسكة.'],
        '2019-05-04',
      ),
    ).toEqual([{ from: '2019-05-03', to: '2019-05-03', governorate: 'Hasakah', killed: 4, wounded: null }]);
  });
});

describe('a fate told of the counted ends the group before "and"', () => {
  it('"found two of the men dead near the checkpoint and a third with burns": one wounded', () => {
    expect(
      ingested(
        'Gunmen kill two policemen near Baiji',
        [
          'Gunmen attacked a checkpoint near Baiji in Salahuddin province on Tuesday, killing two policemen.',
          'Police found two of the men dead near the checkpoint and a third with burns.',
        ],
        '2010-05-05',
      ),
    ).toEqual([{ from: '2010-05-04', to: '2010-05-04', governorate: 'Salahuddin', killed: 2, wounded: 1 }]);
  });
});

describe('a cell’s leader as one person', () => {
  it('"ما أسفر عن مقتل متزعمها وإصابة عنصر من الأمن"', () => {
    expect(
      ingested(
        'عملية أمنية في ريف حماة',
        [
          'نفذت القوات الأمنية أمس الثلاثاء عملية في قرية قرب مدينة السلمية بريف حماة استهدفت مخبأ خلية إرهابية، ما أسفر عن مقتل متزعمها وإصابة عنصر من الأمن بجروح طفيفة.',
        ],
        '2021-05-05',
      ),
    ).toEqual([{ from: '2021-05-04', to: '2021-05-04', governorate: 'Hama', killed: 1, wounded: 1 }]);
  });
});
