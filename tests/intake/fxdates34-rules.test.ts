// Rules from the fxdates34 round (issue 12, dates): "اليوم الأول من العيد" is a feast's day, not
// today; a ruling's deed told "during" its month with its toll is the one deed of that month, and the
// findings that count its dead again with their wounded are its toll, not a blow of the ruling's day.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"اليوم الأول من العيد": the ordinal after "اليوم" names a day of the feast', () => {
  it('"وفي اليوم الثاني من عيد الفطر" after a blast told on the news\' day', () => {
    expect(
      ingested(
        'قتيل بعبوة في كركوك',
        [
          'أفاد مصدر في شرطة كركوك، اليوم الأحد، بأن شاباً قتل بانفجار عبوة ناسفة قرب سوق الحويجة.',
          'وفي اليوم الثاني من عيد الفطر، أصيب ثلاثة مزارعين بجروح بانفجار لغم أرضي في قرية تابعة لقضاء الدبس، بحسب المصدر.',
        ],
        '2019-06-09',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Kirkuk', killed: 1, wounded: null },
      { from: '2019-06-05', to: '2019-06-05', governorate: 'Kirkuk', killed: null, wounded: 3 },
    ]);
  });
});

describe("a ruling's deed told during its month, with its toll, is the one deed of that month", () => {
  it('"بحق مدان بقتل أربعة من الحراس … خلال آذار من عام 2009", the findings counting them again with the wounded', () => {
    expect(
      ingested(
        'الإعدام لمدان بقتل حراس في الكوت',
        [
          'أصدرت محكمة جنايات واسط، اليوم الاثنين، حكماً بالإعدام بحق مدان بقتل أربعة من حراس المنشآت النفطية في قضاء الكوت خلال آذار من عام 2009.',
          'وقال مصدر قضائي إن "المدان اشترك مع آخرين في مهاجمة نقطة الحراسة بالأسلحة الخفيفة، ما أسفر عن مقتل أربعة من الحراس وإصابة اثنين آخرين".',
          'وأضاف المصدر أن القوات الأمنية اعتقلت المدان في أيلول الماضي في بغداد.',
        ],
        '2011-02-14',
      ),
    ).toEqual([{ from: '2009-03-01', to: '2009-03-31', governorate: 'Wasit', killed: 4, wounded: 2 }]);
  });

  it('"بالاشتراك في قتل خمسة من عناصر الصحوة … خلال آذار من عام 2008", the findings telling the five dead again with two wounded', () => {
    expect(
      ingested(
        'الإعدام لمدان بقتل عناصر من الصحوة',
        [
          'أصدرت محكمة جنايات واسط، اليوم الاثنين، حكماً بالإعدام بحق مدان بالاشتراك في قتل خمسة من عناصر الصحوة في ناحية الزبيدية خلال آذار من عام 2008.',
          'وقال مصدر قضائي إن "المحكمة أصدرت حكمها بعد ثبوت اشتراك المدان مع آخرين في مهاجمة نقطة للصحوة بالأسلحة الخفيفة قرب الزبيدية، ما أسفر عن مقتل خمسة من عناصرها وإصابة اثنين آخرين".',
        ],
        '2011-02-14',
      ),
    ).toEqual([{ from: '2008-03-01', to: '2008-03-31', governorate: 'Wasit', killed: 5, wounded: 2 }]);
  });
});
