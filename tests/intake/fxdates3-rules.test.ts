// Rules from the fxdates3 round (issue 12, days of events told by an evening, a night or a span
// wrong: leads dated by the day they were announced, a risen toll's day, background spans): each on
// sentences written for it, read through the public ingest.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead told by the day it was announced, its deed told again with its day (reported-deed-day.ts)', () => {
  it('"أعلنت الوزارة، اليوم الاثنين، مقتل…", then the statement\'s "فجروا عبوة … مساء أمس الأحد": Sunday', () => {
    expect(
      ingested(
        'مقتل ثلاثة مدنيين بانفجار عبوة في الرمادي',
        [
          'أعلنت وزارة الداخلية، اليوم الاثنين، مقتل ثلاثة مدنيين وإصابة آخرين جراء انفجار عبوة ناسفة في سوق مدينة الرمادي بمحافظة الأنبار.',
          'وقالت الوزارة في بيان إن "مجهولين فجروا عبوة ناسفة في السوق، مساء أمس الأحد، في محاولة لاستهداف المتسوقين وإثارة الفوضى".',
        ],
        '2023-03-13',
      ),
    ).toEqual([{ from: '2023-03-12', to: '2023-03-12', governorate: 'Anbar', killed: 3, wounded: null }]);
  });

  it('a blow of another kind told with its day does not date the lead', () => {
    expect(
      ingested(
        'مقتل ثلاثة مدنيين بانفجار عبوة في الرمادي',
        [
          'أعلنت وزارة الداخلية، اليوم الاثنين، مقتل ثلاثة مدنيين وإصابة آخرين جراء انفجار عبوة ناسفة في سوق مدينة الرمادي بمحافظة الأنبار.',
          'وقالت الوزارة في بيان إن "مجهولين أطلقوا النار على دورية في المدينة، مساء أمس الأحد، من دون إصابات".',
        ],
        '2023-03-13',
      ).filter((x) => x.killed !== null && x.killed !== 0),
    ).toEqual([{ from: '2023-03-13', to: '2023-03-13', governorate: 'Anbar', killed: 3, wounded: null }]);
  });
});

describe("a day told well before the lead's day does not date its undated toll (before-lead-day.ts)", () => {
  it('a raid "فجر اليوم", its firefight\'s toll, then the cell\'s bomb "الشهر الماضي": the toll stays of today', () => {
    expect(
      ingested(
        'تفكيك خلية إرهابية في ريف إدلب',
        [
          'أعلن جهاز الأمن، اليوم الأحد، تفكيك خلية إرهابية في بلدة الدانا بريف إدلب الشمالي، بعد مداهمة مخبئها فجر اليوم.',
          'وقال الجهاز في بيان إن عناصر الخلية رفضوا تسليم أنفسهم، ما أدى إلى اشتباك انتهى بمقتل اثنين منهم وإصابة عنصر من القوة بجروح.',
          'وأضاف البيان أن الخلية نفذت عدة تفجيرات في المنطقة، بينها تفجير عبوة ناسفة قرب مخيم للنازحين الشهر الماضي.',
        ],
        '2023-05-21',
      ).filter((x) => x.killed !== null),
    ).toEqual([{ from: '2023-05-21', to: '2023-05-21', governorate: 'Idlib', killed: 2, wounded: 1 }]);
  });
});

describe('the count before a rise, told with the day of the blow (day-before-rise.ts)', () => {
  it('a toll risen today as one more died this morning, then "وكانت عبوة قد انفجرت عصر أمس الجمعة": Friday', () => {
    expect(
      ingested(
        'ارتفاع حصيلة انفجار عبوة في المقدادية',
        [
          'أفاد مصدر أمني، اليوم السبت، بارتفاع حصيلة ضحايا انفجار العبوة الناسفة التي استهدفت سيارة للشرطة في قضاء المقدادية بمحافظة ديالى إلى ثلاثة قتلى.',
          'وقال المصدر إن "شرطياً ثالثاً فارق الحياة صباح اليوم في المستشفى متأثراً بجروح أصيب بها جراء الانفجار".',
          'وكانت عبوة ناسفة قد انفجرت عصر أمس الجمعة على سيارة الشرطة أثناء مرورها على طريق فرعي، ما أسفر في حينه عن مقتل شرطيين وإصابة اثنين آخرين.',
        ],
        '2022-09-17',
      ).map((x) => [x.from, x.to, x.governorate]),
    ).toEqual([['2022-09-16', '2022-09-16', 'Diyala']]);
  });
});

describe('a toll told "in the fighting" after a sentence that dated the fighting (fight-told-day.ts)', () => {
  const lead =
    'Kurdish-led forces said on Saturday they had taken the last village held by the jihadists near the town of Hajin in Deir Ezzor province.';
  it('"lasted overnight from Thursday into Friday", then "killed in the last hours of fighting": that night', () => {
    expect(
      ingested(
        'Kurdish-led forces take last jihadist village in Deir Ezzor',
        [
          lead,
          'The last push on the village, where the remaining jihadists had dug tunnels under the houses, lasted overnight from Thursday into Friday.',
          'A commander told reporters that at least 20 IS fighters were killed in the last hours of fighting.',
        ],
        '2019-03-23',
        'en',
      ),
    ).toEqual([
      { from: '2019-03-21', to: '2019-03-22', governorate: 'Deir ez-Zor', killed: 20, wounded: null },
    ]);
  });

  it('a toll a sentence later, with another sentence between, keeps the day of the news', () => {
    expect(
      ingested(
        'Kurdish-led forces take last jihadist village in Deir Ezzor',
        [
          lead,
          'The last push on the village, where the remaining jihadists had dug tunnels under the houses, lasted overnight from Thursday into Friday.',
          'Thousands of civilians had left the area in recent weeks.',
          'A commander told reporters that at least 20 IS fighters were killed in the last hours of fighting.',
        ],
        '2019-03-23',
        'en',
      ).map((x) => [x.from, x.to, x.killed]),
    ).toEqual([['2019-03-23', '2019-03-23', 20]]);
  });
});
