// Rules found on dates (issue 12, fixer fxdates36): a rough time made exact by the day told right after
// it ("قبل يومين، وتحديداً يوم الخميس"), and a lead that tells those it named killed by their pronoun
// ("حيث أعدموهم"), whose day the toll told after it takes, and the night the sentence after a lead gives
// the blows it told ("The raids, which began late on Tuesday…"); each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

const days = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  incidents(paragraphs, lang, published).map((x) => [x.from, x.to, x.killed, x.wounded]);

describe('"قبل ثلاثة أيام، وتحديداً يوم الأحد": a rough time made exact by the day after it', () => {
  it('dates the event by the exact day, not by the count back from the news', () => {
    // published on a Thursday: three days back is the Monday, the day named is the Sunday
    expect(
      days(
        [
          'وقبل ثلاثة أيام، وتحديداً يوم الأحد العاشر من آذار، أصيب ثلاثة مزارعين بانفجار لغم في قرية تابعة لقضاء سنجار.',
        ],
        'ar',
        '2024-03-14',
      ),
    ).toEqual([['2024-03-10', '2024-03-10', null, 3]]);
  });
  it('reads "وبالتحديد" the same way', () => {
    // four days back is the Sunday, the day named is the Saturday
    expect(
      days(
        [
          'قتل أربعة عناصر من الشرطة قبل أربعة أيام، وبالتحديد يوم السبت التاسع من آذار، بهجوم مسلح على نقطة تفتيش في قضاء الطارمية.',
        ],
        'ar',
        '2024-03-14',
      ),
    ).toEqual([['2024-03-09', '2024-03-09', 4, null]]);
  });
  it('reads "three days ago, specifically on Sunday" the same way', () => {
    expect(
      days(
        [
          'Gunmen killed two shepherds near Tuz Khurmatu three days ago, specifically on Sunday, police said.',
        ],
        'en',
        '2024-03-14',
      ),
    ).toEqual([['2024-03-10', '2024-03-10', 2, null]]);
  });
});

describe('"… حيث أعدموهم رمياً بالرصاص": a lead that tells those it named killed, by their pronoun', () => {
  it('gives its day to the toll told after it with no day of its own', () => {
    // published on a Wednesday: the lead's Tuesday, not the news' day
    expect(
      days(
        [
          'أوقف مسلحون مجهولون فجر أمس الثلاثاء حافلة تقل عمالاً على طريق زراعي قرب قضاء الطارمية شمالي بغداد، واقتادوا ركابها إلى بستان قريب حيث أعدموهم رمياً بالرصاص.',
          'وقال مصدر في شرطة قضاء الطارمية إن عدد الضحايا ثمانية أشخاص.',
        ],
        'ar',
        '2024-03-13',
      ),
    ).toEqual([['2024-03-12', '2024-03-12', 8, null]]);
  });
});

describe('"The raids, which began late on Tuesday…": the night the sentence after a lead gives its blows', () => {
  it('dates the tolls told after it, not by the day the lead gave the news', () => {
    // published on a Thursday: the lead's blows went on that day, the raids that killed fell on Tuesday
    expect(
      days(
        [
          'Turkish jets pounded Kurdish-held areas of northern Syria for a third day on Thursday, after a night-long air campaign that killed dozens of people, a monitor said, as Ankara threatened to send in troops.',
          'The raids, which began late on Tuesday and went on into Wednesday, hit positions of the Kurdish-led forces around Qamishli, the Observatory said.',
          'Five fighters of the Kurdish-led forces were killed in strikes on a checkpoint near Amuda, according to the monitor.',
          'In Derbasiyah, a strike on a grain depot killed two guards, the monitor said.',
        ],
        'en',
        '2024-03-14',
      ).map(([from, , killed]) => [from, killed]),
    ).toEqual([
      ['2024-03-12', 5],
      ['2024-03-12', 2],
    ]);
  });
});
