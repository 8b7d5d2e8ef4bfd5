// Rules found on days resolved wrong (issue 12, fixer fxdates28): the day a "cessation of hostilities"
// took effect, a street or a bridge named for a day, a feast day told beside "today"; each on
// sentences written for it, through the whole pipeline (`ingest`).
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"despite the \\"cessation of hostilities\\" that took effect on February 27": the truce\'s day', () => {
  it('does not date the shelling told in spite of it by the truce', () => {
    expect(
      rows(
        'Shelling kills four in Douma despite truce',
        [
          'Shelling killed four civilians and wounded nine in the town of Douma in Rif Dimashq, despite the "cessation of hostilities" that took effect on February 27, activists said.',
        ],
        '2016-03-15',
      ),
    ).toEqual([['2016-03-15', '2016-03-15', 'Rif Dimashq', 4, 9]]);
  });

  it('reads the Arabic name of such a truce, quoted, too', () => {
    expect(
      rows(
        'مقتل ثلاثة مدنيين بقصف على مدينة دوما',
        [
          'قتل ثلاثة مدنيين وأصيب ستة آخرون بقصف مدفعي على مدينة دوما في ريف دمشق، رغم "وقف الأعمال العدائية" الذي بدأ سريانه يوم السبت، بحسب ناشطين.',
        ],
        '2016-03-20',
      ),
    ).toEqual([['2016-03-20', '2016-03-20', 'Rif Dimashq', 3, 6]]);
  });
});

describe('"قرب جسر 14 تموز", "near the 29 May Street": a place named for a day', () => {
  it('does not date the blow by the day an Arabic bridge is named for', () => {
    expect(
      rows(
        'مقتل مدني بقذيفة هاون في بغداد',
        [
          'قتل مدني وأصيب ثلاثة آخرون بسقوط قذيفة هاون قرب جسر 14 تموز وسط العاصمة بغداد، بحسب مصدر في الشرطة.',
        ],
        '2019-05-05',
      ),
    ).toEqual([['2019-05-05', '2019-05-05', 'Baghdad', 1, 3]]);
  });

  it('nor by the day an English street is named for', () => {
    expect(
      rows(
        'Rocket hits central Damascus',
        [
          'A rocket fell near the 29 May Street in central Damascus on Tuesday, killing two people and wounding six, state media said.',
        ],
        '2018-04-19',
      ),
    ).toEqual([['2018-04-17', '2018-04-17', 'Damascus', 2, 6]]);
  });
});

describe('"صباح اليوم، ثاني أيام العيد": a feast day told beside today', () => {
  it('settles the day the feast began on for the first day told elsewhere', () => {
    expect(
      rows(
        'مقتل ثلاثة مدنيين بقصف على معرة النعمان في أول أيام العيد',
        [
          'قتل ثلاثة مدنيين بينهم طفل وأصيب سبعة آخرون بقصف مدفعي على مدينة معرة النعمان في ريف إدلب الجنوبي في أول أيام عيد الفطر، بحسب الدفاع المدني.',
          'وتجدد القصف صباح اليوم، ثاني أيام العيد، على أطراف المدينة من دون ورود أنباء عن إصابات.',
        ],
        '2019-06-06',
      ),
    ).toEqual([
      ['2019-06-05', '2019-06-05', 'Idlib', 3, 7],
      ['2019-06-06', '2019-06-06', 'Idlib', null, null],
    ]);
  });

  it('so does one told beside yesterday', () => {
    expect(
      rows(
        'مقتل طفلين بقصف على معرة النعمان',
        [
          'قتل طفلان بقصف مدفعي على مدينة معرة النعمان في ريف إدلب الجنوبي أمس، ثاني أيام عيد الفطر، بحسب الدفاع المدني.',
          'وكان مدني قد قتل برصاص قناص في المدينة في أول أيام العيد.',
        ],
        '2019-06-07',
      ),
    ).toEqual([
      ['2019-06-06', '2019-06-06', 'Idlib', 2, null],
      ['2019-06-05', '2019-06-05', 'Idlib', 1, null],
    ]);
  });
});
