// Rules from the fxcounts17 round (issue 12, casualty counts of matched incidents): one person and
// his kin named in apposition after a count retell who the counted were; each on sentences written
// for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a count, then a parent and his kin named in apposition: who the counted were', () => {
  it('"استشهد اثنان من عائلة واحدة، أب وابنه": two, not three', () => {
    expect(
      ingested(
        'غارة على حي الشعار',
        [
          'استشهد اثنان من عائلة واحدة، أب وابنه، في حي الشعار بمدينة حلب جراء غارة شنها الطيران الحربي بعد ظهر اليوم.',
        ],
        '2013-05-04',
      ),
    ).toEqual([{ from: '2013-05-04', to: '2013-05-04', governorate: 'Aleppo', killed: 2, wounded: null }]);
  });
  it('"قتل اثنان، رجل وابنه": the man and his son are the two', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        ['قتل اثنان، رجل وابنه، في بلدة كفرنبل بريف إدلب الجنوبي جراء قصف مدفعي صباح اليوم.'],
        '2019-06-02',
      ),
    ).toEqual([{ from: '2019-06-02', to: '2019-06-02', governorate: 'Idlib', killed: 2, wounded: null }]);
  });
});
