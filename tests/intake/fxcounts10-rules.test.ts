// Rules from the fxcounts10 round (issue 12, casualty counts of matched incidents): the year of a
// date told in full, with its month's name, between a verb and its object; each on sentences written
// for it.
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
