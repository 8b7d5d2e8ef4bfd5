// Rules from the fxkilled12 round (issue 12, a killed or wounded count read wrong): "others" counted
// right after a clause that recalls an earlier event are that event's others, not more victims of the
// event drafted last; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"others" of an earlier event the sentence recalls: not added to the last event drafted', () => {
  it('"وكانت المعارك التي دارت في شباط قد أودت بحياة…، وأصيب فيها … آخرون" after a bombing of yesterday', () => {
    expect(
      ingested(
        'هدوء حذر في قضاء الشرقاط',
        [
          'قتل شرطيان، أمس الأحد، بانفجار عبوة ناسفة استهدفت دوريتهما في قضاء الشرقاط شمالي صلاح الدين، وفق مصدر أمني. وأضاف المصدر أن الانفجار أدى أيضاً إلى إصابة أربعة من المارة.',
          'وكانت المواجهات التي اندلعت أواخر شباط الماضي واستمرت حتى منتصف نيسان قد أودت، وفق أرقام دائرة الصحة، بحياة أكثر من مئتي شخص في مركز القضاء وحده، وأصيب فيها نحو 700 آخرون.',
        ],
        '2016-05-09',
      ),
    ).toEqual([{ from: '2016-05-08', to: '2016-05-08', governorate: 'Salahuddin', killed: 2, wounded: 4 }]);
  });
});
