// Rules from the fxcounts10 round (issue 12, casualty counts of matched incidents): the year of a
// date told in full, with its month's name, between a verb and its object; a first toll told in the
// clause before its dead rise by one of its wounded; "three of the at least 20 wounded died", the
// hedged count of the wounded some of whom died; a porter (kolbar) as one person; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('a year after its month’s name is no count', () => {
  it('"اغتال مسلحون، العاشر من محرم 1445، موظفاً": the Hijri year between the verb and its object', () => {
    expect(
      incidents(
        [
          'اغتال مسلحون مجهولون مساء أمس، العاشر من محرم 1445، موظفاً في دائرة الكهرباء أمام منزله في مدينة الكوت بمحافظة واسط.',
        ],
        'ar',
        '2023-07-26',
      ),
    ).toEqual([{ from: '2023-07-25', to: '2023-07-25', governorate: 'Wasit', killed: 1, wounded: null }]);
  });
  it('"قتل، الخامس من أيار 2021، ثلاثة رعاة": the Gregorian year after an Arabic month', () => {
    expect(
      incidents(
        [
          'قتل مسلحون، مساء الأربعاء الخامس من أيار 2021، ثلاثة رعاة أغنام في بادية قضاء الرطبة غربي محافظة الأنبار.',
        ],
        'ar',
        '2021-05-06',
      ),
    ).toEqual([{ from: '2021-05-05', to: '2021-05-05', governorate: 'Anbar', killed: 3, wounded: null }]);
  });
});

describe('a first toll, then the dead risen by one of its wounded, in one clause', () => {
  it('"…killed and four wounded, before the toll rose to three when one of the wounded died"', () => {
    expect(
      incidents(
        [
          'Two policemen were killed and four others wounded on Sunday evening when gunmen attacked a checkpoint near Baquba in Diyala province, police said on Monday, before the toll rose to three when one of the wounded died overnight.',
        ],
        'en',
        '2021-03-15',
      ),
    ).toEqual([{ from: '2021-03-14', to: '2021-03-14', governorate: 'Diyala', killed: 3, wounded: 3 }]);
  });
});

describe('some of a hedged count of wounded died', () => {
  it('"Two of the at least 15 wounded died", after a toll of the dead', () => {
    expect(
      incidents(
        [
          'A car bomb exploded on Thursday near a market in the town of Azaz in Aleppo province, rescuers said.',
          'The rescuers first said four people were killed. Two of the at least 15 wounded died in hospital on Friday, bringing the toll to six, they said.',
        ],
        'en',
        '2021-06-12',
      ),
    ).toEqual([{ from: '2021-06-10', to: '2021-06-10', governorate: 'Aleppo', killed: 6, wounded: 13 }]);
  });
});

describe('a porter is one person', () => {
  it('"قتل عتال برصاص حرس الحدود"', () => {
    expect(
      incidents(
        [
          'قتل عتال برصاص حرس الحدود الإيراني قرب ناحية سيدكان التابعة لقضاء سوران في محافظة أربيل، مساء أمس الأحد.',
        ],
        'ar',
        '2020-09-14',
      ),
    ).toEqual([{ from: '2020-09-13', to: '2020-09-13', governorate: 'Erbil', killed: 1, wounded: null }]);
  });
});
