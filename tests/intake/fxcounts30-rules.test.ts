// Rules from the fxcounts30 round (issue 12, casualty counts of matched incidents): the wounds of one
// told before his companion's, joined by the casualty noun told again ("إصابته بجروح خطيرة وإصابة
// سائقه"); a woman's wounding told by its pronoun, with her wounds ("إصابتها بجروح"); each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the wounds told between one hit and his companion', () => {
  it('"ما أسفر عن إصابته بجروح خطيرة وإصابة سائقه"', () => {
    expect(
      ingested(
        'انفجار عبوة بسيارة ضابط',
        [
          'انفجرت عبوة ناسفة لاصقة بسيارة ضابط في الشرطة صباح أمس الأحد في حي الطيران بمدينة الموصل، ما أسفر عن إصابته بجروح خطيرة وإصابة سائقه.',
        ],
        '2019-03-11',
      ),
    ).toEqual([{ from: '2019-03-10', to: '2019-03-10', governorate: 'Nineveh', killed: null, wounded: 2 }]);
  });
  it('"ما أدى إلى إصابته بجراح طفيفة وإصابة شقيقه"', () => {
    expect(
      ingested(
        'استهداف مختار قرية',
        [
          'أطلق مسلحون مجهولون النار على مختار قرية في ريف درعا الغربي مساء أمس الثلاثاء، ما أدى إلى إصابته بجراح طفيفة وإصابة شقيقه.',
        ],
        '2018-06-13',
      ),
    ).toEqual([{ from: '2018-06-12', to: '2018-06-12', governorate: 'Daraa', killed: null, wounded: 2 }]);
  });
});

describe('a woman wounded, told by the pronoun of the wounding noun', () => {
  it('"ما أدى إلى إصابتها بجروح في يدها"', () => {
    expect(
      ingested(
        'استهداف معلمة',
        [
          'أطلق مسلحان يستقلان سيارة النار على معلمة في حي الجمهورية بالبصرة مساء أمس، ما أدى إلى إصابتها بجروح في يدها.',
        ],
        '2009-02-16',
      ),
    ).toEqual([{ from: '2009-02-15', to: '2009-02-15', governorate: 'Basra', killed: null, wounded: 1 }]);
  });
  it('not a building damaged: "ما أدى إلى إصابتها بأضرار"', () => {
    expect(
      ingested(
        'قذيفة على مدرسة',
        ['سقطت قذيفة هاون على مدرسة في حي الجمهورية بالبصرة مساء أمس، ما أدى إلى إصابتها بأضرار مادية.'],
        '2009-02-16',
      ),
    ).toEqual([{ from: '2009-02-15', to: '2009-02-15', governorate: 'Basra', killed: null, wounded: null }]);
  });
});
