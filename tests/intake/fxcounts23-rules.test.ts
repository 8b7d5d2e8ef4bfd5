// Rules from the fxcounts23 round (issue 12, casualty counts of matched incidents): one of the wounded
// the clause just counted, told dead since ("قبل أن يتوفى أحد الجرحى"), among the dead and off the
// wounded, also where those wounded are told in a clause after the event's dead; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('one of the wounded just counted, told dead since by "أحد الجرحى": one more dead, one fewer wounded', () => {
  it('"…عن مقتل ثلاثة مدنيين وإصابة سبعة آخرين، قبل أن يتوفى أحد الجرحى"', () => {
    expect(
      incidents(
        [
          'أسفر قصف مدفعي على بلدة كفرنبل في ريف إدلب صباح الثلاثاء عن مقتل ثلاثة مدنيين وإصابة سبعة آخرين، قبل أن يتوفى أحد الجرحى في المستشفى.',
        ],
        'ar',
        '2020-02-12',
      ),
    ).toEqual([{ from: '2020-02-11', to: '2020-02-11', governorate: 'Idlib', killed: 4, wounded: 6 }]);
  });
});

describe('others wounded in a clause after the dead, some of whom died since: more dead of the event', () => {
  it('"…عن مقتل ثلاثة، هم امرأة وطفلاها، وإصابة أربعة آخرين، قبل أن يتوفى أحد الجرحى"', () => {
    expect(
      incidents(
        [
          'أسفرت غارة جوية على بلدة سرمين في ريف إدلب ظهر الأحد عن مقتل ثلاثة مدنيين، هم امرأة وطفلاها، وإصابة أربعة آخرين، قبل أن يتوفى أحد الجرحى.',
        ],
        'ar',
        '2021-06-08',
      ),
    ).toEqual([{ from: '2021-06-06', to: '2021-06-06', governorate: 'Idlib', killed: 4, wounded: 3 }]);
  });
});
