// Rules from the fxdates2 round (issue 12, Arabic events of yesterday evening dated to the day of the
// news, and unsplit tolls or ranges counted wrong): each on sentences written for it, read through
// the public ingest.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead dated by the day it was announced, then the day its source gives the deed', () => {
  it('"نفذت … فجر أمس الأربعاء ضربتين جويتين": the dual of "strike" names the raid, and dates it', () => {
    expect(
      ingested(
        'مقتل أربعة إرهابيين بضربات جوية في الأنبار',
        [
          'أعلنت قيادة العمليات المشتركة، اليوم الخميس، مقتل أربعة إرهابيين بضربات جوية في وادي حوران بمحافظة الأنبار.',
          'وقالت القيادة في بيان إن "طائرات القوة الجوية نفذت فجر أمس الأربعاء ضربتين جويتين على وكر للإرهابيين في الوادي".',
        ],
        '2022-06-09',
      ),
    ).toEqual([{ from: '2022-06-08', to: '2022-06-08', governorate: 'Anbar', killed: 4, wounded: null }]);
  });

  it('background announced on a day of its own, "وكانت … قد أعلنت منتصف الشهر الماضي", keeps that day', () => {
    expect(
      ingested(
        'مقتل أربعة إرهابيين بضربات جوية في الأنبار',
        [
          'أعلنت قيادة العمليات المشتركة، اليوم الخميس، مقتل أربعة إرهابيين بضربات جوية في وادي حوران بمحافظة الأنبار.',
          'وقالت القيادة في بيان إن "طائرات القوة الجوية نفذت فجر أمس الأربعاء ضربتين جويتين على وكر للإرهابيين في الوادي".',
          'وكانت القيادة قد أعلنت منتصف الشهر الماضي مقتل ثلاثة إرهابيين بضربة مماثلة في صحراء النخيب بمحافظة الأنبار.',
        ],
        '2022-06-09',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([
      ['2022-06-08', '2022-06-08', 4],
      ['2022-05-11', '2022-05-20', 3],
    ]);
  });

  it('the lead told with a second blow, the statement giving "مساء أمس الثلاثاء" and the same wounded: one event, of that day', () => {
    expect(
      ingested(
        'إصابة مدنيين بسقوط صاروخ شمالي بغداد',
        [
          'أعلنت قيادة عمليات بغداد، اليوم الأربعاء، إصابة مدنيين اثنين بسقوط صاروخ على منزل في قضاء الطارمية شمالي العاصمة، وسقوط صاروخ ثانٍ قرب معسكر التاجي من دون إصابات.',
          'وقالت القيادة في بيان إن "عصابات إرهابية أطلقت مساء أمس الثلاثاء صاروخين، سقط أحدهما قرب بوابة المعسكر، فيما سقط الثاني على منزل في قضاء الطارمية، ما أدى إلى إصابة مدنيين اثنين".',
        ],
        '2021-06-09',
      ).filter((x) => x.wounded !== null && x.wounded !== 0),
    ).toEqual([{ from: '2021-06-08', to: '2021-06-08', governorate: 'Baghdad', killed: null, wounded: 2 }]);
  });
});

describe('a lead that is no incident of its own, its day told in a source\'s words ("قال الفصيل إن…")', () => {
  it('dates the toll told next, with its range of number words read as a range', () => {
    expect(
      ingested(
        'فصيل معارض يفشل محاولة تسلل لقوات النظام في ريف حماة',
        [
          'قال فصيل جيش العزة إن مقاتليه أفشلوا مساء أمس الجمعة محاولة تسلل لقوات النظام على جبهة اللطامنة بريف حماة الشمالي.',
          'وأوضح قائد في الفصيل أن "مقاتلينا تمكنوا من قتل ما بين عشرة وخمسة عشر عنصراً".',
        ],
        '2019-05-11',
      ),
    ).toEqual([
      {
        from: '2019-05-10',
        to: '2019-05-10',
        governorate: 'Hama',
        killed: { low: 10, high: 15 },
        wounded: null,
      },
    ]);
  });
});

describe('"ما بين عشرة وخمسة عشر": only tens follow a unit or ten in one number', () => {
  it('ten and fifteen are the two ends of a range, not twenty-five', () => {
    expect(
      ingested(
        'قتلى بغارات على ريف إدلب',
        ['قتل ما بين عشرة وخمسة عشر مدنياً بغارات جوية على بلدة سراقب في ريف إدلب الشرقي اليوم.'],
        '2020-01-20',
      ).map((x) => x.killed),
    ).toEqual([{ low: 10, high: 15 }]);
  });
});

describe('an outlet whose name ends in "اليوم" is no day', () => {
  it('"وذكرت شبكة "دير الزور اليوم"": the attack keeps the day the lead gave it', () => {
    expect(
      ingested(
        'مقتل ثلاثة عناصر من قوات النظام بهجوم في ريف دير الزور',
        [
          'قتل ثلاثة عناصر من قوات النظام بهجوم على حاجز عسكري قرب بلدة الشولا في ريف دير الزور، مساء الجمعة 3 من شباط.',
          'وذكرت شبكة "دير الزور اليوم" المحلية أن مسلحين مجهولين هاجموا الحاجز بالأسلحة الخفيفة، ما أدى إلى مقتل ثلاثة عناصر.',
        ],
        '2023-02-05',
      ),
    ).toEqual([
      { from: '2023-02-03', to: '2023-02-03', governorate: 'Deir ez-Zor', killed: 3, wounded: null },
    ]);
  });
});

describe('a lead that counts its toll unsplit sums only items that add up to that count', () => {
  it('"وقوع خمسة مدنيين بين شهيد وجريح", then background of three dead and wounded: the lead stays an incident', () => {
    expect(
      ingested(
        'قصف تركي على قرى ريف منبج',
        [
          'قصفت القوات التركية والفصائل الموالية لها، ليلة السبت – الأحد، بالمدفعية قرى عون الدادات والمحسنلي في ريف منبج بمحافظة حلب، ما أسفر عن وقوع خمسة مدنيين بين شهيد وجريح.',
          'وكانت قرية الهوشرية المجاورة قد تعرضت يوم الأربعاء الماضي لقصف مماثل أدى إلى استشهاد مدني وإصابة طفلين.',
          'كما قتل راعٍ بانفجار لغم في ريف منبج الشهر الماضي.',
        ],
        '2020-03-08',
      ).map((x) => [x.from, x.to, x.killed, x.wounded]),
    ).toEqual([
      ['2020-03-07', '2020-03-08', null, null],
      ['2020-03-04', '2020-03-04', 1, 2],
      ['2020-02-01', '2020-02-29', 1, null],
    ]);
  });
});
