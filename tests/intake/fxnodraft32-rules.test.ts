// Rules from the fxnodraft32 round (issue 12, drafts that should not exist, and days): sunstroke is no
// strike; a roundup's events told together as "these incidents" coming amid something are no event of
// their own; remains of a year do not date the news' dead told after them in the sentence; a threat to
// kill kills no one. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"ضربة شمس" (sunstroke) is no strike', () => {
  it('pilgrims treated for sunstroke make no air strike', () => {
    expect(
      ingested(
        'مفارز صحة كربلاء تعالج آلاف الزائرين',
        [
          'أعلنت دائرة صحة كربلاء، اليوم الخميس، أن مفارزها الطبية قدمت العلاج لـ 5400 زائر، بينهم 87 حالة إصابة بضربة شمس.',
          'وأضافت الدائرة أن المفارز ستبقى على طريق الزائرين حتى نهاية الزيارة.',
        ],
        '2022-09-15',
      ),
    ).toEqual([]);
  });

  it('a strike that hit a village is still one', () => {
    expect(
      ingested(
        'ضربة جوية على قرية في كركوك',
        ['أفاد مصدر أمني، اليوم الخميس، بمقتل مدنيين اثنين بضربة جوية استهدفت قرية جنوب غربي كركوك.'],
        '2022-09-15',
      ),
    ).toEqual([{ from: '2022-09-15', to: '2022-09-15', governorate: 'Kirkuk', killed: 2, wounded: null }]);
  });
});

describe('"وتأتي هذه الحوادث في وقت…" (these incidents come at a time…) sets the roundup told, no event of its own', () => {
  it('the battle named as the setting, in another governorate, drafts nothing', () => {
    expect(
      ingested(
        'هجمات متفرقة في صلاح الدين',
        [
          'قتل جندي وأصيب اثنان آخران، اليوم الأحد، بانفجار عبوة ناسفة على دوريتهم قرب قضاء طوز خورماتو.',
          'وتأتي هذه الحوادث في وقت تنشغل فيه القوات الأمنية بمعارك تحرير الفلوجة التي بدأت أمس.',
        ],
        '2016-05-22',
      ),
    ).toEqual([{ from: '2016-05-22', to: '2016-05-22', governorate: 'Salahuddin', killed: 1, wounded: 2 }]);
  });

  it('"These attacks come as…": the lead\'s toll stands beside the setting (passes without the rule too: a guard)', () => {
    expect(
      ingested(
        'Two soldiers killed near Tuz Khurmatu',
        [
          'Two soldiers were killed on Sunday when a roadside bomb hit their patrol near Tuz Khurmatu in Salahaddin province.',
          'These attacks come as troops fight their way into Fallujah in an offensive launched on Saturday.',
        ],
        '2016-05-23',
      ),
    ).toEqual([
      { from: '2016-05-22', to: '2016-05-22', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });
});

describe('the year remains were of does not date the dead told after them in the sentence', () => {
  it('"رفات ضحايا أعدمهم التنظيم عام 2015، فيما قتل مزارع…" is today\'s killing', () => {
    expect(
      ingested(
        'انتشال رفات ومقتل مزارع في الحويجة',
        [
          'أعلنت دائرة المقابر الجماعية، اليوم الاثنين، انتشال رفات 20 ضحية من مقبرة قرب الحويجة تعود لمدنيين أعدمهم تنظيم داعش عام 2015، فيما قتل مزارع بانفجار لغم أرضي في القضاء ذاته.',
        ],
        '2019-04-15',
      ),
    ).toEqual([{ from: '2019-04-15', to: '2019-04-15', governorate: 'Kirkuk', killed: 1, wounded: null }]);
  });
});

describe('a threat to kill ("تهديدات بالقتل", "death threats") kills no one', () => {
  it('the staff who asked to leave after threats are no dead', () => {
    expect(
      ingested(
        'اغتيال موظف في محكمة بالموصل',
        [
          'اغتال مسلحون صباح اليوم الثلاثاء موظفاً في محكمة بداءة الموصل قرب منزله.',
          'وكان مجلس القضاء قد أعلن الشهر الماضي تعليق عمل محكمة بعد تلقي القضاة تهديدات بالقتل، مشيراً إلى أن 7 من الموظفين طلبوا نقلهم.',
        ],
        '2006-03-14',
      ),
    ).toEqual([{ from: '2006-03-14', to: '2006-03-14', governorate: 'Nineveh', killed: 1, wounded: null }]);
  });

  it('"after receiving death threats"', () => {
    expect(
      ingested(
        'Judge shot dead in Kirkuk',
        [
          'Gunmen shot dead a judge outside his home in Kirkuk on Tuesday, police said.',
          'Last month, 12 court employees in the province resigned after receiving death threats.',
        ],
        '2007-05-15',
      ),
    ).toEqual([{ from: '2007-05-15', to: '2007-05-15', governorate: 'Kirkuk', killed: 1, wounded: null }]);
  });

  it('a clause that tells the dead beside the threat keeps them', () => {
    expect(
      ingested(
        'مقتل مختار في ديالى',
        ['قتل مسلحون، اليوم الأربعاء، مختار قرية شمال بعقوبة بعد أن هددوه بالقتل مرات عدة.'],
        '2013-03-13',
      ),
    ).toEqual([{ from: '2013-03-13', to: '2013-03-13', governorate: 'Diyala', killed: 1, wounded: null }]);
  });
});
