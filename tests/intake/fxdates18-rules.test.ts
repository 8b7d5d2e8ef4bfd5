// Rules from the fxdates18 round (issue 12, dates): a lead dated only by the day it was reported,
// whose deed a source tells again in the next sentence by its victims' count and the day it was done;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead dated by its report, its victims counted again with the deed’s day: that day', () => {
  it('"أفاد مصدر، الخميس، بأن التنظيم أعدم تسعة أشخاص", then "…اقتادوا، مساء أمس الأربعاء، تسعة رجال … وأعدموهم"', () => {
    expect(
      ingested(
        'التنظيم يعدم تسعة أشخاص غربي تكريت',
        [
          'أفاد مصدر أمني في محافظة صلاح الدين، الخميس، بأن تنظيم "داعش" أعدم تسعة أشخاص رمياً بالرصاص في قرية غربي مدينة تكريت.',
          'وقال المصدر إن "مسلحي التنظيم اقتادوا، مساء أمس الأربعاء، تسعة رجال من أهالي القرية إلى بستان قريب وأعدموهم أمام ذويهم".',
        ],
        '2015-06-11',
      ),
    ).toEqual([
      { from: '2015-06-10', to: '2015-06-10', governorate: 'Salahuddin', killed: 9, wounded: null },
    ]);
  });

  it('"ذكر مصدر، اليوم السبت، بمقتل ستة عمال", then "…أوقفوا، مساء أمس الجمعة، سيارة تقل ستة عمال … وقتلوهم"', () => {
    expect(
      ingested(
        'مقتل ستة عمال بهجوم شرقي بعقوبة',
        [
          'ذكر مصدر في شرطة محافظة ديالى، اليوم السبت، بمقتل ستة عمال على يد مسلحين مجهولين في قرية شرقي بعقوبة.',
          'وقال المصدر إن "المسلحين أوقفوا، مساء أمس الجمعة، سيارة تقل ستة عمال عائدين من مزرعة قريبة وأنزلوهم منها وقتلوهم".',
        ],
        '2008-03-15',
      ),
    ).toEqual([{ from: '2008-03-14', to: '2008-03-14', governorate: 'Diyala', killed: 6, wounded: null }]);
  });
});
