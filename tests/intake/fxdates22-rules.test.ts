// Rules from the fxdates22 round (issue 12, dates and places): the day of a measure taken "على خلفية"
// an event is not the event's day; a raid dates the tolls told after it; a press conference's hall
// and the victims' home are not the event's place. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the day of a measure taken over an event is not the event’s day', () => {
  it('"فرضت السلطات، اليوم الأحد، حظراً للتجوال … على خلفية المواجهات التي شهدها السوق أمس السبت", then the toll: Saturday', () => {
    expect(
      ingested(
        'حظر تجوال في الكوت',
        [
          'فرضت السلطات المحلية في محافظة واسط، اليوم الأحد، حظراً شاملاً للتجوال في مدينة الكوت حتى إشعار آخر، على خلفية المواجهات التي شهدها سوق المدينة أمس السبت بين عشيرتين.',
          'وقالت دائرة صحة واسط في بيان، إن "مستشفيات المدينة استقبلت أربع جثث و12 مصاباً، بينهم مصابون بطلقات نارية".',
        ],
        '2022-05-15',
      ),
    ).toEqual([{ from: '2022-05-14', to: '2022-05-14', governorate: 'Wasit', killed: 4, wounded: 12 }]);
  });

  it('"اندلعت اشتباكات اليوم … على خلفية مقتل شاب أمس": the clashes keep their own day', () => {
    expect(
      ingested(
        'اشتباكات في الكوت',
        [
          'قتل شخصان وأصيب خمسة آخرون في اشتباكات عشائرية اندلعت اليوم الأحد في مدينة الكوت على خلفية مقتل شاب أمس السبت.',
        ],
        '2022-05-15',
      ),
    ).toEqual([{ from: '2022-05-15', to: '2022-05-15', governorate: 'Wasit', killed: 2, wounded: 5 }]);
  });

  it('"قتل … اليوم عقب هجوم أمس": a bare "after" keeps the deed’s own day', () => {
    expect(
      ingested(
        'مقتل مدنيين في بعقوبة',
        [
          'قتل مدنيان وأصيب ثلاثة آخرون بقصف بقذائف الهاون على قرية في قضاء بعقوبة بمحافظة ديالى اليوم الأحد عقب هجوم شنه مسلحون على نقطة أمنية أمس السبت.',
        ],
        '2022-05-15',
      ),
    ).toEqual([{ from: '2022-05-15', to: '2022-05-15', governorate: 'Diyala', killed: 2, wounded: 3 }]);
  });
});

describe('a raid is the deed of the lead: the tolls of its fight told after it take its day', () => {
  it('"داهم جهاز أمني منزلاً … فجر أمس الأحد" under a dateline, then the toll with no day: Sunday', () => {
    expect(
      ingested(
        'قوة أمنية تداهم خلية مسلحة قرب سرمدا.. قتلى وإصابات',
        [
          'وكالة محلية - ريف إدلب الشمالي',
          'داهم جهاز أمني منزلاً قرب بلدة سرمدا شمالي إدلب، فجر أمس الأحد، قال إنه يؤوي خلية مسلحة.',
          'وأفاد الجهاز، في بيان نشره عبر حسابه، بأن عناصره اشتبكوا مع أفراد الخلية بعد رفضهم الاستسلام، ما أدى إلى مقتل ثلاثة منهم، وإصابة عنصرين من الجهاز.',
        ],
        '2023-03-13',
      ),
    ).toEqual([{ from: '2023-03-12', to: '2023-03-12', governorate: 'Idlib', killed: 3, wounded: 2 }]);
  });
});

describe('the hall of a press conference is not the place of the news', () => {
  it('"قال المتحدث في مؤتمر صحفي عقده ببغداد إن العملية في الرمادي …": Anbar', () => {
    expect(
      ingested(
        'عملية أمنية في الرمادي',
        [
          'بدأت القوات الأمنية فجر أمس الأحد عملية عسكرية لتطهير أحياء شمالي مدينة الرمادي.',
          'وقال المتحدث باسم قيادة العمليات المشتركة في مؤتمر صحفي عقده ببغداد مساء أمس إن العملية أسفرت عن مقتل 12 مسلحاً.',
        ],
        '2016-04-11',
      ),
    ).toEqual([{ from: '2016-04-10', to: '2016-04-10', governorate: 'Anbar', killed: 12, wounded: null }]);
  });
});

describe('the victims’ home, told in the result of a deed told at a spot, is not where they were hit', () => {
  it('"أطلقوا النار على موكب على طريق … قرب ناحية …، ما أسفر عن مقتل زائرين اثنين من أهالي قضاء …" of another province', () => {
    expect(
      ingested(
        'مقتل زائرين بهجوم على موكب خدمي جنوبي الديوانية',
        [
          'أفاد مصدر في شرطة محافظة الديوانية، السبت، بأن زائرَين قتلا وأصيب أربعة آخرون بهجوم مسلح استهدف موكبا خدميا جنوبي مدينة الديوانية.',
          'وقال المصدر إن "مسلحين يستقلون عجلة أطلقوا النار على موكب خدمي على طريق الديوانية – السماوة قرب ناحية أم العظام، ليلة الجمعة على السبت، ما أسفر عن مقتل زائرين اثنين من أهالي قضاء الزبير وإصابة أربعة آخرين بجروح".',
        ],
        '2019-10-12',
      ),
    ).toEqual([{ from: '2019-10-11', to: '2019-10-12', governorate: 'Qadisiyah', killed: 2, wounded: 4 }]);
  });
});
