// Rules from the fxnocas round (issue 12, attacks that harmed no one): a blow the news came after or
// answered, told with its own day and place, is an incident toll or none; the dual of a drone and of
// an attack names a blow; a day long before the report gives none to an undated lead; where the side
// a blow was aimed at is posted is where it fell; a place told after "بعد أن" is of the deed before.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a blow the news came after, with its own day and place, is an incident toll or none', () => {
  it('"وجاءت الغارات بعد ساعات من هجوم صاروخي استهدف قاعدة … مساء الجمعة، دون خسائر": two incidents', () => {
    expect(
      ingested(
        'غارات على مواقع للفصائل في البوكمال',
        [
          'قتل أربعة عناصر من الفصائل الموالية لإيران بغارات جوية استهدفت مواقعهم في مدينة البوكمال شرقي دير الزور فجر اليوم السبت.',
          'وجاءت الغارات بعد ساعات من هجوم صاروخي استهدف قاعدة التنف مساء الجمعة، دون أن يسفر عن خسائر بشرية.',
        ],
        '2023-12-02',
        'ar',
      ),
    ).toEqual([
      { from: '2023-12-02', to: '2023-12-02', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
      { from: '2023-12-01', to: '2023-12-01', governorate: 'Homs', killed: 0, wounded: 0 },
    ]);
  });

  it('"The strikes came a day after rockets hit … on Thursday, causing no injuries": two incidents', () => {
    expect(
      ingested(
        'US strikes militia depot in Iraq',
        [
          'U.S. aircraft struck a weapons depot used by an Iran-backed militia near Jurf al-Sakhar in Babil province on Friday, killing three fighters, officials said.',
          'The strikes came a day after rockets hit the Ain al-Asad air base in Anbar on Thursday, causing no injuries.',
        ],
        '2023-12-02',
        'en',
      ),
    ).toEqual([
      { from: '2023-12-01', to: '2023-12-01', governorate: 'Babil', killed: 3, wounded: null },
      { from: '2023-11-30', to: '2023-11-30', governorate: 'Anbar', killed: 0, wounded: 0 },
    ]);
  });

  it('"وتأتي الهجمات بعد أيام من هجوم على قاعدة …": no day of its own, background', () => {
    expect(
      ingested(
        'غارات على مواقع للفصائل في البوكمال',
        [
          'قتل أربعة عناصر من الفصائل الموالية لإيران بغارات جوية استهدفت مواقعهم في مدينة البوكمال شرقي دير الزور فجر اليوم السبت.',
          'وتأتي الغارات بعد أيام من هجوم صاروخي استهدف قاعدة التنف دون أن يسفر عن خسائر بشرية.',
        ],
        '2023-12-02',
        'ar',
      ),
    ).toEqual([
      { from: '2023-12-02', to: '2023-12-02', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
    ]);
  });
});

describe('a blow the news answered, with its own day and place, is an incident toll or none', () => {
  it('"وقال البنتاغون إن الضربات جاءت رداً على هجوم نفذ أمس الجمعة على قاعدة حرير": two incidents', () => {
    expect(
      ingested(
        'ضربات أميركية على مقرات للفصائل',
        [
          'قتل ثلاثة من عناصر فصيل مسلح بضربة جوية أميركية استهدفت مقراً لهم في منطقة جرف النصر شمالي بابل فجر اليوم السبت.',
          'وقال البنتاغون إن الضربات جاءت رداً على هجوم نفذ أمس الجمعة بطائرة مسيرة على قاعدة حرير في أربيل، من دون أن يسفر عن إصابات.',
        ],
        '2023-12-02',
        'ar',
      ),
    ).toEqual([
      { from: '2023-12-02', to: '2023-12-02', governorate: 'Babil', killed: 3, wounded: null },
      { from: '2023-12-01', to: '2023-12-01', governorate: 'Erbil', killed: 0, wounded: 0 },
    ]);
  });
});

describe('the dual of a drone, and of an attack, names a blow', () => {
  it('"وفي العراق، استهدفت طائرتان مسيرتان قاعدة عين الأسد فجر الجمعة": an incident of its own', () => {
    expect(
      ingested(
        'هجمات على قواعد تضم قوات أميركية',
        [
          'سقطت ثلاث قذائف صاروخية داخل قاعدة حقل العمر النفطي بريف دير الزور مساء الخميس، من دون خسائر.',
          'وفي العراق، قال مسؤول إن طائرتين مسيرتين استهدفتا قاعدة عين الأسد غربي الأنبار فجر الجمعة.',
        ],
        '2023-12-02',
        'ar',
      ),
    ).toEqual([
      { from: '2023-11-30', to: '2023-11-30', governorate: 'Deir ez-Zor', killed: 0, wounded: 0 },
      { from: '2023-12-01', to: '2023-12-01', governorate: 'Anbar', killed: null, wounded: null },
    ]);
  });

  it('"وتأتي الغارات بعد يومين من هجومين على قاعدة … يوم الخميس": the dual attack is a blow', () => {
    expect(
      ingested(
        'غارات على مواقع للفصائل في البوكمال',
        [
          'قتل أربعة عناصر من الفصائل الموالية لإيران بغارات جوية استهدفت مواقعهم في مدينة البوكمال شرقي دير الزور فجر اليوم السبت.',
          'وتأتي الغارات بعد يومين من هجومين على قاعدة التنف يوم الخميس الماضي.',
        ],
        '2023-12-02',
        'ar',
      ),
    ).toEqual([
      { from: '2023-12-02', to: '2023-12-02', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
      { from: '2023-11-30', to: '2023-11-30', governorate: 'Homs', killed: null, wounded: null },
    ]);
  });
});

describe('a day long before the report gives none to an undated lead', () => {
  it('"أعلن الجيش، اليوم الأحد، سقوط صواريخ …"، then "وكانت القاعدة تعرضت في آذار من العام الماضي لقصف": the lead keeps its day', () => {
    expect(
      ingested(
        'سقوط صواريخ على قاعدة بلد',
        [
          'أعلنت قيادة العمليات المشتركة، صباح اليوم الأحد، سقوط أربعة صواريخ على قاعدة بلد الجوية في محافظة صلاح الدين، من دون خسائر بشرية.',
          'وكانت القاعدة ذاتها قد تعرضت في آذار من العام الماضي لقصف صاروخي أسفر عن إصابة جنديين.',
        ],
        '2021-06-06',
        'ar',
      ),
    ).toEqual([
      { from: '2021-06-06', to: '2021-06-06', governorate: 'Salahuddin', killed: 0, wounded: 0 },
      { from: '2020-03-01', to: '2020-03-31', governorate: 'Salahuddin', killed: null, wounded: 2 },
    ]);
  });
});

describe('where the side a blow was aimed at is posted is where it fell', () => {
  it('"rockets were fired at U.S. troops stationed at the Conoco gas field in Deir ez-Zor": Deir ez-Zor', () => {
    expect(
      ingested(
        'Rockets fired at US troops in Syria',
        [
          'On Sunday, two rockets were fired at U.S. troops stationed at the Conoco gas field in Deir ez-Zor province, a coalition official said, adding that no one was hurt.',
        ],
        '2023-12-04',
        'en',
      ),
    ).toEqual([
      { from: '2023-12-03', to: '2023-12-03', governorate: 'Deir ez-Zor', killed: null, wounded: null },
    ]);
  });
});

describe('a place told after "بعد أن" is of the deed before, not of the blow', () => {
  it('"استهدفت مسيرة سيارة قرب التاجي شمالي بغداد، بعد أن أطلق ركابها قذائف على قاعدة بلد": Baghdad', () => {
    expect(
      ingested(
        'مقتل مسلحين بضربة جوية',
        [
          'استهدفت طائرة مسيرة مساء الأحد سيارة تقل مسلحين قرب التاجي شمالي بغداد، بعد أن أطلق ركابها قذائف على قاعدة بلد في صلاح الدين، ما أدى إلى مقتل اثنين منهم.',
        ],
        '2021-06-07',
        'ar',
      ),
    ).toEqual([{ from: '2021-06-06', to: '2021-06-06', governorate: 'Baghdad', killed: 2, wounded: null }]);
  });
});
