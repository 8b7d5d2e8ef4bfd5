// Rules from the fxnodraft30 round (issue 12, drafts that are no incident, incidents missed and deeds
// dated on the publication day): a deed a named doer "had" done in an earlier month, told in the Arabic
// pluperfect, is one event, not a month's count; a court's ruling over "taking part in" an execution is
// about that deed, dated by the findings that tell it on its victims' pronoun ("وإعدامهم"). Each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a doer\'s deed of an earlier month told in the pluperfect ("وكان التنظيم قد أعدم …"): one event', () => {
  it('"وكان مسلحو التنظيم قد أعدموا الشهر الماضي 25 من سكان القرية"', () => {
    expect(
      ingested(
        'قصف على ناحية العلم',
        [
          'قتل مدنيان وأصيب أربعة آخرون بقصف بقذائف الهاون شنه مسلحو تنظيم داعش، مساء أمس الأحد، على ناحية العلم شرقي تكريت.',
          'وقال مصدر في الشرطة إن القذائف سقطت على منازل قرب السوق.',
          'وكان مسلحو التنظيم قد أعدموا الشهر الماضي 25 من سكان قرية البو عجيل بعد دخولها، بحسب شهود فروا منها.',
          'وطالب مجلس الناحية الحكومة بإرسال تعزيزات عسكرية.',
        ],
        '2014-08-11',
      ),
    ).toEqual([
      { from: '2014-08-10', to: '2014-08-10', governorate: 'Salahuddin', killed: 2, wounded: 4 },
      { from: '2014-07-01', to: '2014-07-31', governorate: 'Salahuddin', killed: 25, wounded: null },
    ]);
  });

  it('"وكانت الشرطة قد شنت حملة في آذار الماضي … قتل خلالها 14"', () => {
    expect(
      ingested(
        'مقتل شرطي بهجوم في الرمادي',
        [
          'قتل شرطي وأصيب اثنان آخران بهجوم مسلح استهدف نقطة تفتيش في مدينة الرمادي، فجر اليوم الخميس.',
          'وقال ضابط في الشرطة إن المهاجمين لاذوا بالفرار.',
          'وكانت الشرطة قد شنت حملة أمنية في آذار الماضي ضد خلايا مسلحة في صحراء الرمادي، قتل خلالها 14 مسلحاً.',
          'وتشهد المحافظة هجمات متفرقة منذ أشهر.',
        ],
        '2016-05-12',
      ),
    ).toEqual([
      { from: '2016-05-12', to: '2016-05-12', governorate: 'Anbar', killed: 1, wounded: 2 },
      { from: '2016-03-01', to: '2016-03-31', governorate: 'Anbar', killed: 14, wounded: null },
    ]);
  });

  it('the dead counted passively over a month ("وكان 45 مدنياً قد قتلوا الشهر الماضي") stay a month\'s count', () => {
    expect(
      ingested(
        'مقتل شرطي بهجوم في الرمادي',
        [
          'قتل شرطي وأصيب اثنان آخران بهجوم مسلح استهدف نقطة تفتيش في مدينة الرمادي، فجر اليوم الخميس.',
          'وقال ضابط في الشرطة إن المهاجمين لاذوا بالفرار.',
          'وكان 45 مدنياً قد قتلوا الشهر الماضي في محافظة الأنبار.',
          'وتشهد المحافظة هجمات متفرقة منذ أشهر.',
        ],
        '2016-05-12',
      ),
    ).toEqual([{ from: '2016-05-12', to: '2016-05-12', governorate: 'Anbar', killed: 1, wounded: 2 }]);
  });
});

describe('a ruling over "taking part in" an execution: the deed, on the day the findings give it', () => {
  it('"بحق مدان بالانتماء إلى داعش والمشاركة في إعدام سبعة", then "…وقتلهم … في تشرين الأول 2014"', () => {
    expect(
      ingested(
        'الإعدام لمدان بقتل سبعة من الشرطة في هيت',
        [
          'أصدرت محكمة جنايات الأنبار، اليوم الأحد، حكماً بالإعدام بحق مدان بالانتماء إلى تنظيم داعش والمشاركة في إعدام سبعة من منتسبي الشرطة في قضاء هيت.',
          'وقال مجلس القضاء في بيان إن "المدان اعترف بأنه شارك مع آخرين في خطف الضحايا من منازلهم وقتلهم بعد سيطرة التنظيم على القضاء في تشرين الأول 2014".',
          'وأضاف البيان أن الحكم صدر وفق أحكام المادة الرابعة من قانون مكافحة الإرهاب.',
        ],
        '2020-02-16',
      ),
    ).toEqual([{ from: '2014-10-01', to: '2014-10-31', governorate: 'Anbar', killed: 7, wounded: null }]);
  });
});

describe('a Hijri day told as an ordinal word ("صباح العاشر من محرم"): that day, not the publication day', () => {
  it('"صباح العاشر من محرم", then "مساء الثامن من محرم"', () => {
    expect(
      ingested(
        'تفجيران يستهدفان مواكب الزوار في ديالى',
        [
          'قتل خمسة من الزوار وأصيب 14 آخرون بانفجار عبوة ناسفة استهدفت موكباً حسينياً في مدينة بعقوبة صباح العاشر من محرم.',
          'وقال مصدر في الشرطة إن القوات الأمنية فرضت طوقاً على المكان.',
          'وكان ثلاثة زوار قد أصيبوا بسقوط قذيفة هاون قرب حسينية في قضاء الخالص مساء الثامن من محرم.',
          'وشهدت المحافظة إجراءات أمنية مشددة خلال أيام عاشوراء.',
        ],
        '2012-11-25',
      ),
    ).toEqual([
      { from: '2012-11-24', to: '2012-11-24', governorate: 'Diyala', killed: 5, wounded: 14 },
      { from: '2012-11-22', to: '2012-11-22', governorate: 'Diyala', killed: null, wounded: 3 },
    ]);
  });
});
