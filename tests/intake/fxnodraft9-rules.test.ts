// Rules from the fxnodraft9 round (issue 12, gold incidents never drafted): the deed a court's ruling
// is about, however long ago — its day told after the conviction, its toll told in the sentences
// after; and what the convicted did on the way to it, no event of its own; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a court ruling over an earlier bombing: the bombing is the incident, on its own day', () => {
  it('"…حكماً بالإعدام بحق مدانين بتفجير سيارة مفخخة في مدينة بعقوبة، في آذار من عام 2016", then "وأسفر التفجير … عن مقتل"', () => {
    expect(
      ingested(
        'الإعدام لمدانين بتفجير بعقوبة',
        [
          'أصدرت محكمة جنايات ديالى، اليوم الأربعاء، حكماً بالإعدام بحق اثنين من المدانين بتفجير سيارة مفخخة قرب سوق شعبي في مدينة بعقوبة، في آذار من عام 2016.',
          'وأسفر التفجير، الذي وقع عند الظهيرة، عن مقتل سبعة أشخاص وإصابة 15 آخرين.',
        ],
        '2019-05-08',
      ),
    ).toEqual([{ from: '2016-03-01', to: '2016-03-31', governorate: 'Diyala', killed: 7, wounded: 15 }]);
  });

  it('"…بعد إدانته بتنفيذ هجوم…", then a confession dated years back with its own toll', () => {
    expect(
      ingested(
        'الإعدام لإرهابي أدين بهجوم في الحلة',
        [
          'أصدرت المحكمة الجنائية المركزية، اليوم الأحد، حكماً بالإعدام بحق إرهابي بعد إدانته بتنفيذ هجوم على سوق في مدينة الحلة.',
          'وقال بيان للمحكمة إن "المدان اعترف بركن العجلة قرب السوق في شهر حزيران من عام 2015، ما أسفر عن مقتل تسعة مواطنين وإصابة 20 آخرين".',
        ],
        '2019-05-12',
      ),
    ).toEqual([{ from: '2015-06-01', to: '2015-06-30', governorate: 'Babil', killed: 9, wounded: 20 }]);
  });
});

describe('a conviction of a killing, with its day: the one killed is its dead, not those sentenced', () => {
  it('"…حكماً بالسجن المؤبد بحق متهمين اثنين أدينا بقتل شرطي في مدينة الرمادي، في تموز من عام 2017"', () => {
    expect(
      ingested(
        'السجن المؤبد لمتهمين بقتل شرطي',
        [
          'أصدرت محكمة جنايات الأنبار، اليوم الاثنين، حكماً بالسجن المؤبد بحق متهمين اثنين أدينا بقتل شرطي في مدينة الرمادي، في تموز من عام 2017.',
        ],
        '2019-05-13',
      ),
    ).toEqual([{ from: '2017-07-01', to: '2017-07-31', governorate: 'Anbar', killed: 1, wounded: null }]);
  });
});

describe('what the convicted did before the deed: no event at the places it names', () => {
  it('"وأنهم نقلوا السيارة المفخخة من قضاء الحويجة إلى بعقوبة قبل تفجيرها"', () => {
    expect(
      ingested(
        'الإعدام لثلاثة مدانين بتفجير بعقوبة',
        [
          'أصدرت محكمة جنايات ديالى، أمس الثلاثاء، حكماً بالإعدام بحق ثلاثة مدانين بتفجير سيارة مفخخة في مدينة بعقوبة، في أيار من عام 2016.',
          'وقال مصدر قضائي إن التحقيقات أثبتت أنهم أعضاء في تنظيم داعش، وأنهم نقلوا السيارة المفخخة من قضاء الحويجة إلى بعقوبة قبل تفجيرها.',
          'وأسفر التفجير عن مقتل خمسة أشخاص وإصابة 12 آخرين.',
        ],
        '2019-05-08',
      ),
    ).toEqual([{ from: '2016-05-01', to: '2016-05-31', governorate: 'Diyala', killed: 5, wounded: 12 }]);
  });
});
