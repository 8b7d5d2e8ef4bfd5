// Rules from the fxdates21 round (issue 12, dates and places): Nowruz is 21 March; a result told "at
// that time", in a ruling's story, is of the day the sentence before gave the deed; an oil field
// named like a town of the other country is the field. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('Nowruz is kept on 21 March', () => {
  it('"مساء يوم عيد نوروز", told the next day: 21 March', () => {
    expect(
      ingested(
        'قتيلان بقصف مدفعي قرب سيدكان',
        [
          'قتل شخصان وأصيب أربعة آخرون بقصف مدفعي استهدف قرية قرب ناحية سيدكان في محافظة أربيل، مساء يوم عيد نوروز.',
        ],
        '2022-03-22',
      ),
    ).toEqual([{ from: '2022-03-21', to: '2022-03-21', governorate: 'Erbil', killed: 2, wounded: 4 }]);
  });

  it('"on Nowruz day", told days later: 21 March', () => {
    expect(
      ingested(
        'Shelling kills three near Zakho',
        [
          'Artillery shelling killed three villagers near Zakho in Duhok province on Nowruz day, officials said.',
        ],
        '2021-03-24',
      ),
    ).toEqual([{ from: '2021-03-21', to: '2021-03-21', governorate: 'Duhok', killed: 3, wounded: null }]);
  });
});

describe('in a ruling’s story, a result told "at that time" is of the day the sentence before gave the deed', () => {
  it('"وأسفر الانفجار حينها عن مقتل", after a confession dated "في الخامس من آب الماضي"', () => {
    expect(
      ingested(
        'السجن المؤبد لمدانين بتفجير في كركوك',
        [
          'أصدرت محكمة جنايات كركوك، اليوم الأحد، حكماً بالسجن المؤبد بحق مدانين اثنين بعد إدانتهم بتفجير عبوة ناسفة جنوب المحافظة الصيف الماضي.',
          'وقال مصدر قضائي إن المدانين اعترفوا بزرع العبوة على طريق قرب قضاء داقوق جنوبي كركوك في الخامس من آب الماضي.',
          'وأسفر الانفجار حينها عن مقتل ثلاثة مدنيين وإصابة اثنين آخرين.',
          'وكانت القوات الأمنية قد اعتقلت المتهمين في تشرين الأول الماضي في عملية دهم.',
        ],
        '2024-01-14',
      ),
    ).toEqual([{ from: '2023-08-05', to: '2023-08-05', governorate: 'Kirkuk', killed: 3, wounded: 2 }]);
  });
});

describe('an oil field named like a town of the other country is the field', () => {
  it('"at the Halfaya oil field", in Maysan: not the town of Hama', () => {
    expect(
      ingested(
        'Rocket hits oil field',
        [
          'A rocket struck near a workers’ compound at the Halfaya oil field on Sunday, wounding one guard, police said.',
        ],
        '2023-05-08',
      ),
    ).toEqual([{ from: '2023-05-07', to: '2023-05-07', governorate: 'Maysan', killed: null, wounded: 1 }]);
  });
});
