// Rules from the fxcounts33 round (issue 12, casualty counts of one incident): a Hijri date told
// between a verb and its object; an armed group named at length before the count it executed; kin
// past a noun of another fate (arrest, abduction); a body's wounds told past its age; a body found
// with bullets in an article that also counts an epidemic's cases; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a Hijri date between the verb and its object', () => {
  it('"أعدم التنظيم، صباح أمس الخميس 12 رمضان 1436 هـ، أربعة رجال": four, not twelve', () => {
    expect(
      ingested(
        'إعدام أربعة رجال في الميادين',
        [
          'أعدم التنظيم، صباح أمس الخميس 12 رمضان 1436 هـ، أربعة رجال في ساحة مدينة الميادين بريف دير الزور الشرقي.',
        ],
        '2015-07-01',
      ),
    ).toEqual([
      { from: '2015-06-30', to: '2015-06-30', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
    ]);
  });
});

describe('the second word of a Hijri month is no date where it stands alone', () => {
  it('"فقتل أحدهما وأصيب الآخر": "الآخر" (as in "ربيع الآخر") still counts the other one', () => {
    expect(
      ingested(
        'هجوم على راعيين',
        [
          'أطلق مسلحون مجهولون النار على راعيين قرب قرية تابعة لقضاء الخالص شمال بعقوبة، مساء أمس، فقتل أحدهما وأصيب الآخر بجروح.',
        ],
        '2018-02-07',
      ),
    ).toEqual([{ from: '2018-02-06', to: '2018-02-06', governorate: 'Diyala', killed: 1, wounded: 1 }]);
  });
});

describe('an armed group named at length before the count it killed', () => {
  it('"أعدم تنظيم "جند الخلافة" (جند الشام)، أمس، خمسة شبان"', () => {
    expect(
      ingested(
        'إعدامات في الميادين',
        [
          'أعدم تنظيم "جند الخلافة" (جند الشام)، يوم أمس، خمسة شبان رمياً بالرصاص في ساحة مدينة الميادين بريف دير الزور.',
        ],
        '2015-03-12',
      ),
    ).toEqual([
      { from: '2015-03-11', to: '2015-03-11', governorate: 'Deir ez-Zor', killed: 5, wounded: null },
    ]);
  });
});

describe('kin past a noun of another fate', () => {
  it('"مقتل شقيقين واختطاف والدهما": two dead, the father abducted', () => {
    expect(
      ingested(
        'هجوم على منزل',
        [
          'قال مصدر في الشرطة إن مسلحين هاجموا منزلاً في قرية قرب بعقوبة، فجر اليوم، ما أسفر عن مقتل شقيقين واختطاف والدهما.',
        ],
        '2008-03-04',
      ),
    ).toEqual([{ from: '2008-03-04', to: '2008-03-04', governorate: 'Diyala', killed: 2, wounded: null }]);
  });
});

describe('the wounds of a body told past its age', () => {
  it('"جثة رجل في الأربعين من العمر مصاباً بطلق ناري": one dead, nobody wounded', () => {
    expect(
      ingested(
        'العثور على جثة',
        [
          'عثرت الشرطة، صباح اليوم، على جثة رجل في الأربعين من العمر مصاباً بطلق ناري في الرأس، ملقاة قرب قضاء الشطرة في محافظة ذي قار.',
        ],
        '2019-09-02',
      ),
    ).toEqual([{ from: '2019-09-02', to: '2019-09-02', governorate: 'Dhi Qar', killed: 1, wounded: null }]);
  });
});

describe('a body found with bullets is no epidemic’s death', () => {
  it('"جثة شاب مصاباً بعدة طلقات نارية" in an article that ends on new coronavirus cases', () => {
    expect(
      ingested(
        'العثور على جثة في الشطرة',
        [
          'عثر الأهالي، صباح اليوم، على جثة شاب مصاباً بعدة طلقات نارية في الصدر، مرمية قرب قضاء الشطرة في محافظة ذي قار.',
          'وسجلت دائرة الصحة في المحافظة يوم أمس 88 إصابة جديدة بفيروس كورونا.',
        ],
        '2020-07-20',
      ),
    ).toEqual([{ from: '2020-07-20', to: '2020-07-20', governorate: 'Dhi Qar', killed: 1, wounded: null }]);
  });
});
