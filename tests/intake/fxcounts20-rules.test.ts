// Rules from the fxcounts20 round (issue 12, casualty counts: the wounded told in a second place of a
// funeral story): the span a town has been besieged, told as a month "of last year", dates the siege
// and not the wounded told in the same sentence; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('a siege "since <month> of last year": not the day of the wounded told before it', () => {
  it('"…سبعة جرحى آخرين أصيبوا في القصف ذاته، … بسبب الحصار المفروض على القرية منذ آذار من العام الماضي"', () => {
    expect(
      incidents(
        [
          'شيّع أهالي قرية الحاضر اليوم الخميس ثلاثة شهداء قضوا مساء أمس جراء قذائف هاون أطلقها المسلحون على سوق القرية في ريف حلب الجنوبي.',
          'وقال طبيب في النقطة الطبية إن سبعة جرحى آخرين أصيبوا في القصف ذاته، مشيراً إلى أن شح الأدوية بسبب الحصار المفروض على القرية منذ آذار من العام الماضي يؤخر علاجهم.',
        ],
        'ar',
        '2014-10-16',
      ),
    ).toEqual([{ from: '2014-10-15', to: '2014-10-15', governorate: 'Aleppo', killed: 3, wounded: 7 }]);
  });
});
