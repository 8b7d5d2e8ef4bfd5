// Rules found on incidents dated by the day they were told rather than the day they happened (issue
// 12, fixer fxdates31); each on sentences written for it, through the whole pipeline (`ingest`).
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"the killings took place Monday": the day of the deed just told, named again', () => {
  it('dates the toll the lead told only by the day it was reported', () => {
    expect(
      rows(
        'Farmers shot dead near Baiji',
        [
          'Gunmen shot dead at least 12 farmers in orchards outside the town of Baiji, a local councilman said Thursday.',
          'The councilman said the killings took place Tuesday near the village of Albu Juwari, west of the river.',
        ],
        '2015-04-10',
      ),
    ).toEqual([['2015-04-07', '2015-04-07', 'Salahuddin', 12, null]]);
  });
});

describe('the day of a fight told, carried over a sentence that adds no day and no toll', () => {
  it('dates the toll "in the fighting" told two sentences after the fight’s day', () => {
    expect(
      rows(
        'Heavy fighting near Saraqeb',
        [
          'Rebels and government troops battled for the hills around Saraqeb in Idlib province on Tuesday, a monitoring group said.',
          'The group said the rebels pushed in from the east after a night of heavy shelling of the hills.',
          'At least nine soldiers and four rebels were killed in the fighting, the monitor said.',
        ],
        '2016-03-10',
      ),
    ).toEqual([['2016-03-08', '2016-03-08', 'Idlib', 13, null]]);
  });
});

describe('a lead that tells the taking of a place dates the tolls told after it', () => {
  it('"دخلت قوات الجيش أمس الأربعاء البلدة", then the toll of the operation', () => {
    expect(
      rows(
        'الجيش يدخل بلدة في ريف حمص',
        [
          'بعد حصار دام أسابيع، دخلت قوات الجيش أمس الأربعاء بلدة الزارة في ريف حمص الغربي.',
          'وقال مصدر عسكري إن «العملية أسفرت عن مقتل 15 مسلحاً وتدمير عدد من الآليات».',
        ],
        '2014-03-13',
      ),
    ).toEqual([['2014-03-12', '2014-03-12', 'Homs', 15, null]]);
  });
});

describe('"the same day" after a day the clause set aside: that day', () => {
  it('"القرية التي استعادتها القوات الأحد تعرضت مساء اليوم نفسه لقصف"', () => {
    expect(
      rows(
        'معارك شرق الموصل',
        [
          'قتل خمسة من عناصر التنظيم في اشتباكات مع القوات الأمنية عند أطراف حي السماح اليوم الثلاثاء.',
          'وكانت بلدة قرقوش التي استعادتها القوات الأحد قد تعرضت مساء اليوم نفسه لقصف بقذائف الهاون، ما أسفر عن مقتل مدنيين اثنين وإصابة أربعة آخرين.',
        ],
        '2016-11-08',
      ),
    ).toEqual([
      ['2016-11-08', '2016-11-08', 'Nineveh', 5, null],
      ['2016-11-06', '2016-11-06', 'Nineveh', 2, 4],
    ]);
  });
});

describe('a weekday told before a day counted from another event: the weekday', () => {
  it('"On Monday, two days before the offensive began"', () => {
    expect(
      rows(
        'Troops push into Hit',
        [
          'Iraqi troops on Thursday pushed into the town of Hit in Anbar province, killing 20 militants, a military spokesman said.',
          'On Monday, two days before the offensive began, a suicide bomber blew himself up at an army checkpoint near the town, killing four soldiers.',
        ],
        '2016-03-25',
      ),
    ).toEqual([
      ['2016-03-24', '2016-03-24', 'Anbar', 20, null],
      ['2016-03-21', '2016-03-21', 'Anbar', 4, null],
    ]);
  });
});

describe('shooting at a funeral on a day of its own, the buried dead named by theirs', () => {
  it('"واليوم الأحد أطلقت قوات الأمن النار على موكب تشييع أحد قتلى الجمعة"', () => {
    expect(
      rows(
        'قتلى برصاص الأمن في درعا',
        [
          'واليوم الأحد، أطلقت قوات الأمن النار على موكب تشييع أحد قتلى الجمعة في مدينة درعا، ما أدى إلى مقتل ثلاثة أشخاص وجرح خمسة آخرين.',
        ],
        '2011-05-01',
      ),
    ).toEqual([['2011-05-01', '2011-05-01', 'Daraa', 3, 5]]);
  });
});
