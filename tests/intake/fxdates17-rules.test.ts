// Rules from the fxdates17 round (issue 12, dates and places): "اليوم" with a word of rank ("اليوم
// الأكثر دموية") is "the day" of a period, not today; a day told "منه" opening the sentence after the
// one that told the month; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"اليوم الأكثر دموية": the day of the period singled out, not today', () => {
  it('a monthly report: "وكان اليوم الأكثر دموية الخميس 9 حزيران" is that day, not the day of publication', () => {
    expect(
      ingested(
        'حصيلة حزيران في ريف حماة',
        [
          'وثق الدفاع المدني مقتل 60 شخصاً في ريف حماة خلال شهر حزيران الماضي.',
          'وكان اليوم الأكثر دموية الخميس 9 حزيران، حين قتل 11 مدنياً وأصيب 20 آخرون بقصف مدفعي على بلدة كفرنبودة.',
        ],
        '2022-07-01',
      ),
    ).toEqual([{ from: '2022-06-09', to: '2022-06-09', governorate: 'Hama', killed: 11, wounded: 20 }]);
  });
});

describe('"وفي الثالث والعشرين منه" opening a sentence: the day, of the month the sentence before told', () => {
  it('the second item of a month\'s list, after "في الخامس من الشهر": the 23rd, not the whole month', () => {
    expect(
      ingested(
        'حصيلة أيار في جبل الزاوية',
        [
          'وكان أشد الهجمات في الخامس من الشهر، حين قتل أربعة مدنيين بقصف صاروخي على بلدة البارة في ريف إدلب الجنوبي. وفي الثالث والعشرين منه، قتل عنصران من الفصائل برصاص قناص قرب بلدة كنصفرة في ريف إدلب.',
        ],
        '2021-06-01',
      ),
    ).toEqual([
      { from: '2021-05-05', to: '2021-05-05', governorate: 'Idlib', killed: 4, wounded: null },
      { from: '2021-05-23', to: '2021-05-23', governorate: 'Idlib', killed: 2, wounded: null },
    ]);
  });
});

describe('"أقلعت الطائرة من قاعدة … في ريف اللاذقية": where the aircraft took off, not where it struck', () => {
  it('the plane told between the verb and "من": the strike on a neighbouring village stays in Idlib', () => {
    expect(
      ingested(
        'غارات روسية على ريف إدلب',
        [
          'قتل ثلاثة مدنيين بغارة جوية روسية على بلدة كفرلاتا في ريف إدلب، ظهر اليوم الأحد.',
          'وأقلعت الطائرة الحربية من قاعدة حميميم في ريف اللاذقية، ونفذت غارة ثانية على محيط قرية الفوعة المجاورة دون إصابات.',
        ],
        '2021-03-07',
      ),
    ).toEqual([
      { from: '2021-03-07', to: '2021-03-07', governorate: 'Idlib', killed: 3, wounded: null },
      { from: '2021-03-07', to: '2021-03-07', governorate: 'Idlib', killed: 0, wounded: 0 },
    ]);
  });
});

describe('a toll told as risen overnight, then the first count with the day of the blast: that day', () => {
  it('"died in hospital overnight, bringing the toll to five", then "had initially said … on Friday"', () => {
    expect(
      ingested(
        'Toll from market bombing rises to five',
        [
          'Two more victims of a bombing at a vegetable market in the Iraqi town of Tuz Khurmatu died in hospital overnight, bringing the toll to five dead, a doctor said on Saturday.',
          'Police had initially said three people were killed when the bomb, hidden in a cart, went off as shoppers crowded the market on Friday.',
        ],
        '2010-03-13',
      ),
    ).toEqual([
      { from: '2010-03-12', to: '2010-03-12', governorate: 'Salahuddin', killed: 5, wounded: null },
    ]);
  });
});
