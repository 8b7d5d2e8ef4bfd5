// Rules from the fxcounts1 round (issue 12, victims named or listed rather than counted): a count of
// his own men joined right after the pronoun of "his killing" ("مقتله واثنين من حراسه", "مقتله مع
// ثلاثة من حراسه"); a title as the object of the blow, before "and N of his …" ("killed the police
// chief and two of his bodyguards"); each on sentences written for it, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('his own men counted right after the pronoun of his death', () => {
  it('"ما أدى إلى مقتله واثنين من حراسه": he and two of his guards, three', () => {
    expect(
      ingested(
        'تفجير يستهدف موكب مسؤول في الرمادي',
        [
          'انفجرت عبوة ناسفة صباح اليوم الثلاثاء على موكب مدير ناحية في مدينة الرمادي، ما أدى إلى مقتله واثنين من حراسه وإصابة خمسة آخرين.',
        ],
        '2009-03-10',
      ),
    ).toEqual([{ from: '2009-03-10', to: '2009-03-10', governorate: 'Anbar', killed: 3, wounded: 5 }]);
  });
  it('"ما أدى إلى مقتله مع أربعة من مرافقيه": he and four of his escorts, five', () => {
    expect(
      ingested(
        'تفجير يستهدف موكب مسؤول في الرمادي',
        [
          'انفجرت عبوة ناسفة صباح اليوم الثلاثاء على موكب مدير ناحية في مدينة الرمادي، ما أدى إلى مقتله مع أربعة من مرافقيه.',
        ],
        '2009-03-10',
      ),
    ).toEqual([{ from: '2009-03-10', to: '2009-03-10', governorate: 'Anbar', killed: 5, wounded: null }]);
  });
});

describe('a title as the object of the blow, then a count of his own men', () => {
  it('"killed the police chief and two of his bodyguards": three', () => {
    expect(
      ingested(
        'Suicide attack in Ramadi',
        [
          'A suicide bomber on Tuesday killed the district police chief and two of his bodyguards in Ramadi, police said.',
        ],
        '2009-03-11',
      ),
    ).toEqual([{ from: '2009-03-10', to: '2009-03-10', governorate: 'Anbar', killed: 3, wounded: null }]);
  });
  it('a title, a rank and a name set off by commas, then "and three of his guards": four', () => {
    expect(
      ingested(
        'Suicide attack in Ramadi',
        [
          "A car bomb on Tuesday killed Anbar province's deputy governor, Colonel Khalid Ahmed al-Dulaimi, and three of his guards in Ramadi, officials said. Seven other people were wounded.",
        ],
        '2009-03-11',
      ),
    ).toEqual([{ from: '2009-03-10', to: '2009-03-10', governorate: 'Anbar', killed: 4, wounded: 7 }]);
  });
  it('no count of his own after the title: none read', () => {
    expect(
      ingested(
        'Suicide attack in Ramadi',
        [
          'A suicide bomber on Tuesday killed the district police chief in Ramadi and wounded two of his bodyguards, police said.',
        ],
        '2009-03-11',
      ),
    ).toEqual([{ from: '2009-03-10', to: '2009-03-10', governorate: 'Anbar', killed: null, wounded: 2 }]);
  });
  it('a pronoun and his kin before "and three of his …" are no title: all five', () => {
    expect(
      ingested(
        'Shelling in Idlib',
        [
          'A shell hit the house of a farmer in the village of Kafr Nabl in Idlib province on Tuesday, killing him, his wife and three of his daughters, rescuers said.',
        ],
        '2021-05-12',
      ),
    ).toEqual([{ from: '2021-05-11', to: '2021-05-11', governorate: 'Idlib', killed: 5, wounded: null }]);
  });
});
