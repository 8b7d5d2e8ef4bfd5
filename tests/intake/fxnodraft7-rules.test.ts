// Rules from the fxnodraft7 round (issue 12, gold incidents never drafted): an earlier blow recalled
// as the worst of a span ("أعنف تفجير تشهده المدينة منذ عام 2005", "the deadliest attack on the town
// since 2014") is one event with its own toll, not a total over the span; a blow with its own toll
// near a cemetery named by its name ("قرب مقبرة الشهداء") is no grave opened; and a blow the news
// "comes about six months after" is dated that many months before; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the superlative of one blow: no span summed', () => {
  it('"وكانت المدينة قد شهدت … أعنف تفجير تشهده منذ عام 2005، … ما أدى إلى مقتل 40"', () => {
    expect(
      ingested(
        'انفجار عبوة في الحلة',
        [
          'أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في سوق مدينة الحلة اليوم الأحد.',
          'وكانت الحلة قد شهدت في العاشر من آذار الماضي أعنف تفجير تشهده المحافظة منذ عام 2005، عندما انفجرت سيارة مفخخة قرب دائرة حكومية، ما أدى إلى مقتل 40 شخصاً وإصابة 60 آخرين.',
        ],
        '2019-06-09',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Babil', killed: null, wounded: 3 },
      { from: '2019-03-10', to: '2019-03-10', governorate: 'Babil', killed: 40, wounded: 60 },
    ]);
  });

  it('"In March, a truck bomb killed 40 people there, in the deadliest attack on the town since 2014"', () => {
    expect(
      ingested(
        'Bomb wounds three in Tuz Khurmatu',
        [
          'A roadside bomb wounded three civilians in Tuz Khurmatu in Salahuddin province on Sunday, police said.',
          'In March, a truck bomb killed 40 people there, in the deadliest attack on the town since the start of the war in 2014.',
        ],
        '2019-06-09',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Salahuddin', killed: null, wounded: 3 },
      { from: '2019-03-01', to: '2019-03-31', governorate: 'Salahuddin', killed: 40, wounded: null },
    ]);
  });
});

describe('a named cemetery where a blow with its own toll fell: no remains', () => {
  it('"…انفجار مماثل في المدينة، أصيب فيه أربعة أشخاص قرب مقبرة الشهداء", after the news told', () => {
    expect(
      ingested(
        'انفجار في سامراء',
        [
          'قتل شخصان وأصيب سبعة آخرون بانفجار عبوة ناسفة في مدينة سامراء صباح اليوم الثلاثاء.',
          'ويأتي الانفجار بعد نحو ثلاثة أشهر من انفجار مماثل في المدينة، أصيب فيه أربعة أشخاص قرب مقبرة الشهداء.',
        ],
        '2019-06-11',
      ),
    ).toEqual([
      { from: '2019-06-11', to: '2019-06-11', governorate: 'Salahuddin', killed: 2, wounded: 7 },
      { from: '2019-03-01', to: '2019-03-31', governorate: 'Salahuddin', killed: null, wounded: 4 },
    ]);
  });
});

describe('"بعد نحو ستة أشهر من": a blow the news comes months after', () => {
  it('"ويأتي الهجوم بعد نحو أربعة أشهر من هجوم مماثل أودى بحياة ثلاثة جنود": that month', () => {
    expect(
      ingested(
        'هجوم على نقطة للجيش في الطارمية',
        [
          'قتل جندي وأصيب اثنان آخران بهجوم على نقطة للجيش في قضاء الطارمية شمالي بغداد فجر اليوم الأربعاء.',
          'ويأتي الهجوم بعد نحو أربعة أشهر من هجوم مماثل في القضاء أودى بحياة ثلاثة جنود.',
        ],
        '2019-06-12',
      ),
    ).toEqual([
      { from: '2019-06-12', to: '2019-06-12', governorate: 'Baghdad', killed: 1, wounded: 2 },
      { from: '2019-02-01', to: '2019-02-28', governorate: 'Baghdad', killed: 3, wounded: null },
    ]);
  });
});

describe('"within a week of each other": how close two killings fell, no week tallied', () => {
  it('"Earlier this month, two elders of the clan were shot dead within a week of each other in …"', () => {
    expect(
      ingested(
        'Council member shot dead in Deir ez-Zor',
        [
          'Gunmen shot dead a local council member in the town of al-Mayadin in Deir ez-Zor province on Monday evening, local sources said.',
          'Earlier this month, two elders of the clan were shot dead within a week of each other in the town of Hajin.',
        ],
        '2019-11-26',
      ),
    ).toEqual([
      { from: '2019-11-25', to: '2019-11-25', governorate: 'Deir ez-Zor', killed: 1, wounded: null },
      { from: '2019-11-01', to: '2019-11-25', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });
});

describe('an earlier report placed at a town no event told so far happened at: an event of its own', () => {
  it('"ارتفع إلى خمسة … في بلدة سقبا", then "وكان المرصد قد وثق أمس الجمعة استشهاد طفلين … على مدينة عربين"', () => {
    expect(
      ingested(
        'غارات على الغوطة الشرقية',
        [
          'ارتفع إلى خمسة عدد المواطنين الذين قضوا في بلدة سقبا جراء غارات للطيران الحربي اليوم السبت.',
          'وكان المرصد قد وثق أمس الجمعة استشهاد طفلين جراء سقوط قذائف على مدينة عربين.',
        ],
        '2015-03-07',
      ),
    ).toEqual([
      { from: '2015-03-07', to: '2015-03-07', governorate: 'Rif Dimashq', killed: 5, wounded: null },
      { from: '2015-03-06', to: '2015-03-06', governorate: 'Rif Dimashq', killed: 2, wounded: null },
    ]);
  });
});

describe('a village told as near the one before, with a toll of its own: another event', () => {
  it('"In the nearby village of X the same day, at least six men were shot dead"', () => {
    expect(
      ingested(
        'Gunmen kill villagers in Hama countryside',
        [
          'On Sunday morning, armed men entered the village of Tell Salhab in Hama province and killed 11 people, according to relatives of the victims.',
          'In the nearby village of Qabr Fidda the same day, at least six men were shot dead in front of their homes, activists said.',
        ],
        '2025-03-11',
      ),
    ).toEqual([
      { from: '2025-03-09', to: '2025-03-09', governorate: 'Hama', killed: 11, wounded: null },
      { from: '2025-03-09', to: '2025-03-09', governorate: 'Hama', killed: 6, wounded: null },
    ]);
  });
});

describe('a hedge between the lives taken and their count', () => {
  it('"وكانت المدينة قد شهدت في العاشر من آذار الماضي تفجيرات مماثلة أودت بحياة أكثر من 30 شخصاً"', () => {
    expect(
      ingested(
        'تفجير في تلعفر',
        [
          'قتل شخصان وأصيب خمسة آخرون بانفجار عبوة ناسفة في قضاء تلعفر غربي الموصل اليوم الأحد.',
          'وكانت المدينة قد شهدت في العاشر من آذار الماضي تفجيرات مماثلة أودت بحياة أكثر من 30 شخصاً.',
        ],
        '2019-06-09',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Nineveh', killed: 2, wounded: 5 },
      { from: '2019-03-10', to: '2019-03-10', governorate: 'Nineveh', killed: 30, wounded: null },
    ]);
  });
});

describe('a toll told of "it", the blow the clause before named: at that blow’s place', () => {
  it('"وتزامنت التفجيرات مع تفجيرات مماثلة ضربت مدينة تكريت أمس، وأعلنت الشرطة أنها أودت بحياة تسعة أشخاص"', () => {
    expect(
      ingested(
        'تفجير سيارة مفخخة في الرمادي',
        [
          'قتل أربعة أشخاص وأصيب عشرة آخرون بتفجيرات بسيارات مفخخة في سوق مدينة الرمادي أمس الأحد.',
          'وتزامنت التفجيرات مع تفجيرات مماثلة ضربت سوقاً في مدينة تكريت أمس أيضاً، وأعلنت الشرطة أنها أودت بحياة تسعة أشخاص.',
        ],
        '2019-06-10',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Anbar', killed: 4, wounded: 10 },
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Salahuddin', killed: 9, wounded: null },
    ]);
  });
});
