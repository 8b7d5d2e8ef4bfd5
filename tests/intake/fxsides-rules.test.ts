// Rules from the fxsides round (issue 12, the dead of a fight: both sides not summed, one side taken
// for the other): the fight a relative clause hangs on as what killed both sides' dead; a fight told
// after ", and" with its own toll, an event of its own; the dead of a side of a fight told between
// two sides, its toll and not attackers; and the other side's dead told after an attack fought off;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the fight a relative clause hangs on: what killed both sides’ dead', () => {
  it('"… in fighting that the monitor said killed 8 soldiers and 11 rebels", after "The strikes came as …"', () => {
    expect(
      ingested(
        'Raids hit Idlib villages',
        [
          'Air raids killed three civilians in the town of Maarat al-Numan in Idlib province on Wednesday, rescuers said.',
          'The strikes came as government troops took two villages near Khan Shaykhun, in fighting that the monitor said killed 8 soldiers and 11 rebels since Tuesday morning.',
        ],
        '2019-08-08',
      ),
    ).toEqual([
      { from: '2019-08-07', to: '2019-08-07', governorate: 'Idlib', killed: 3, wounded: null },
      { from: '2019-08-06', to: '2019-08-06', governorate: 'Idlib', killed: 19, wounded: null },
    ]);
  });
});

describe('a fight told after ", and" with the toll it hangs on: its own event', () => {
  it('"…shelling that wounded two, and clashes … in Hama province in which four soldiers and six militants were killed"', () => {
    expect(
      ingested(
        'Shelling and clashes in the northwest',
        [
          'The monitor reported shelling on the town of Khan Shaykhun in Idlib province on Friday that wounded two people, and clashes between rebels and troops near the village of Latamneh in Hama province in which four soldiers and six militants were killed.',
        ],
        '2019-07-06',
      ),
    ).toEqual([
      { from: '2019-07-05', to: '2019-07-05', governorate: 'Idlib', killed: null, wounded: 2 },
      { from: '2019-07-05', to: '2019-07-05', governorate: 'Hama', killed: 10, wounded: null },
    ]);
  });
});

describe('the dead of each side of a fight told between two sides: its toll, not attackers', () => {
  it('"تجددت الاشتباكات بين هيئة تحرير الشام من جهة وجيش الأحرار من جهة أخرى … وأسفرت عن مقتل ستة من الهيئة وأربعة من الجيش"', () => {
    expect(
      ingested(
        'اشتباكات بين الفصائل في ريف إدلب',
        [
          'تجددت الاشتباكات بين "هيئة تحرير الشام" من جهة، و"جيش الأحرار" من جهة أخرى، في ريف إدلب الجنوبي منذ صباح اليوم الخميس.',
          'وقال ناشطون إن المعارك تركزت قرب بلدة معرة النعمان، وأسفرت حتى المساء عن مقتل ستة عناصر من "تحرير الشام" وأربعة من "جيش الأحرار"، إضافة إلى إصابة العشرات من الطرفين.',
        ],
        '2019-01-03',
      ),
    ).toEqual([{ from: '2019-01-03', to: '2019-01-03', governorate: 'Idlib', killed: 10, wounded: null }]);
  });
});

describe('an attack fought off: the attackers killed, then the defenders\' dead told by "while", both its toll', () => {
  it('"أحبطت وحدات الجيش هجوماً … وقتلت 20 إرهابياً، فيما قتل ثلاثة من عناصر الجيش"', () => {
    expect(
      ingested(
        'الجيش يحبط هجوماً في ريف حماة',
        [
          'أحبطت وحدات من الجيش اليوم هجوماً شنته مجموعات إرهابية على نقاط عسكرية قرب بلدة اللطامنة بريف حماة الشمالي.',
          'وقال مصدر عسكري إن الوحدات تصدت للمهاجمين وقتلت 20 إرهابياً على الأقل، فيما قتل ثلاثة من عناصر الجيش خلال الاشتباكات.',
        ],
        '2019-07-06',
      ),
    ).toEqual([{ from: '2019-07-06', to: '2019-07-06', governorate: 'Hama', killed: 23, wounded: null }]);
  });
});
