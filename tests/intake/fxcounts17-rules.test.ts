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

describe('"أطلقوا النار عليه وعلى نجليه، ما أدى إلى مقتلهم": the ones fired on, counted by the plural pronoun', () => {
  it('he and his two sons: three dead', () => {
    expect(
      ingested(
        'اغتيال مسؤول محلي في هيت',
        [
          'قال مصدر أمني إن مسلحين مجهولين هاجموا مساء اليوم منزل مدير ناحية في قضاء هيت غربي الأنبار، وأطلقوا النار عليه وعلى نجليه، ما أدى إلى مقتلهم على الفور.',
        ],
        '2007-03-10',
      ),
    ).toEqual([{ from: '2007-03-10', to: '2007-03-10', governorate: 'Anbar', killed: 3, wounded: null }]);
  });
  it('told again after a lead that counted them: still three, not six', () => {
    expect(
      ingested(
        'مقتل مختار ونجليه',
        [
          'قتل ثلاثة مدنيين بينهم مختار قرية، مساء اليوم، بهجوم مسلح على قرية في قضاء الحويجة جنوب غربي كركوك.',
          'وقال مصدر محلي إن "مسلحين دهموا منزل المختار وأطلقوا النار عليه وعلى نجليه، ما أدى إلى مقتلهم جميعاً"، مضيفاً أن "آخرين أصيبوا بجروح خلال الاشتباك".',
        ],
        '2018-06-03',
      ),
    ).toEqual([{ from: '2018-06-03', to: '2018-06-03', governorate: 'Kirkuk', killed: 3, wounded: null }]);
  });
});

describe('the funeral of those who fell fighting off an attack: the bodies counted are its dead', () => {
  it('"شيّع الأهالي جثامين خمسة من مقاتلي العشائر الذين سقطوا خلال صد هجوم", the attackers killed told apart', () => {
    expect(
      ingested(
        'تشييع مقاتلين في الرطبة',
        [
          'شيّع العشرات من أهالي قضاء الرطبة غربي الأنبار، اليوم الأحد، جثامين خمسة من مقاتلي العشائر الذين سقطوا خلال صد هجوم شنه تنظيم داعش مساء أمس السبت على أطراف القضاء.',
          'وقال قائد ميداني إن المقاتلين تمكنوا من قتل 12 عنصرا من التنظيم خلال المعركة.',
        ],
        '2015-05-10',
      ),
    ).toEqual([{ from: '2015-05-09', to: '2015-05-09', governorate: 'Anbar', killed: 5, wounded: null }]);
  });
});

describe('casualties told as not counted ("made no mention of … casualties"): no joint toll', () => {
  it('the dead and wounded counted beside it stand', () => {
    expect(
      ingested(
        'Air strikes hit villages in Daraa',
        [
          'Government aircraft struck two villages in the eastern countryside of Daraa on Friday, killing four civilians and wounding seven, the state news agency said, and made no mention of rebel casualties.',
        ],
        '2018-06-23',
        'en',
      ),
    ).toEqual([{ from: '2018-06-22', to: '2018-06-22', governorate: 'Daraa', killed: 4, wounded: 7 }]);
  });
});
