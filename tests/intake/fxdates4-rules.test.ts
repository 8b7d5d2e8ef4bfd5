// Rules from the fxdates4 round (issue 12, nights and evenings over two days, and tolls told unsplit
// or as a community's loss): each on sentences written for it, read through the public ingest.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a night told by its weekday runs from that evening into the next day (date-rules-nights.ts)', () => {
  it('"ليل الأحد", told on a Tuesday: Sunday and Monday', () => {
    expect(
      ingested(
        'مقتل حارس مزرعة في الخالص',
        [
          'قتل حارس مزرعة برصاص مسلحين مجهولين في قرية تابعة لقضاء الخالص بمحافظة ديالى ليل الأحد، بحسب مصدر في الشرطة.',
        ],
        '2022-05-10',
      ),
    ).toEqual([{ from: '2022-05-08', to: '2022-05-09', governorate: 'Diyala', killed: 1, wounded: null }]);
  });

  it('"في وقت متأخر من ليلة الخميس", told on the Saturday after: Thursday and Friday', () => {
    expect(
      ingested(
        'هجوم على نقطة للجيش في الطارمية',
        [
          'أعلنت خلية الإعلام الأمني، اليوم السبت، مقتل جنديين وإصابة ثالث بهجوم شنه عناصر من داعش على نقطة للجيش في قضاء الطارمية شمالي بغداد في وقت متأخر من ليلة الخميس.',
        ],
        '2022-05-14',
      ),
    ).toEqual([{ from: '2022-05-12', to: '2022-05-13', governorate: 'Baghdad', killed: 2, wounded: 1 }]);
  });

  it('the night named by the day of the news: that day only (the night before and tonight share it)', () => {
    expect(
      ingested(
        'مقتل حارس مزرعة في الخالص',
        [
          'قتل حارس مزرعة برصاص مسلحين مجهولين في قرية تابعة لقضاء الخالص بمحافظة ديالى ليل الثلاثاء، بحسب مصدر في الشرطة.',
        ],
        '2022-05-10',
      ),
    ).toEqual([{ from: '2022-05-10', to: '2022-05-10', governorate: 'Diyala', killed: 1, wounded: null }]);
  });

  it('"ليلة أمس الجمعة": the night of yesterday, into the day of the news', () => {
    expect(
      ingested(
        'اغتيال صاحب محل في الموصل',
        [
          'اغتال مسلحون مجهولون صاحب محل للصيرفة في حي الزهور بمدينة الموصل في ساعة متأخرة من ليلة أمس الجمعة، وأصابوا شقيقه بجروح.',
        ],
        '2022-05-14',
      ),
    ).toEqual([{ from: '2022-05-13', to: '2022-05-14', governorate: 'Nineveh', killed: 1, wounded: 1 }]);
  });

  it('"overnight Thursday", told on the Saturday after: Thursday and Friday', () => {
    expect(
      ingested(
        'Two shepherds killed near Kirkuk',
        [
          'Gunmen killed two shepherds in a village south of Kirkuk overnight Thursday, a police officer said on Saturday.',
        ],
        '2022-05-14',
        'en',
      ),
    ).toEqual([{ from: '2022-05-12', to: '2022-05-13', governorate: 'Kirkuk', killed: 2, wounded: null }]);
  });
});

describe('from an evening to the next morning: both days (date-rules-nights.ts)', () => {
  it('"late on Monday and into Tuesday"', () => {
    expect(
      ingested(
        'Strikes kill nine in Idlib',
        [
          'Air strikes on a market town in Idlib province late on Monday and into Tuesday killed at least nine people, a war monitor said on Tuesday.',
        ],
        '2022-05-10',
        'en',
      ),
    ).toEqual([{ from: '2022-05-09', to: '2022-05-10', governorate: 'Idlib', killed: 9, wounded: null }]);
  });

  it('"late Friday and early Saturday"', () => {
    expect(
      ingested(
        'Strikes kill nine in Idlib',
        [
          'Air strikes on a market town in Idlib province late Friday and early Saturday killed at least nine people, a war monitor said on Sunday.',
        ],
        '2022-05-15',
        'en',
      ),
    ).toEqual([{ from: '2022-05-13', to: '2022-05-14', governorate: 'Idlib', killed: 9, wounded: null }]);
  });

  it('"منذ مساء الجمعة وحتى صباح اليوم السبت", then a strike "ومع ساعات الصباح الأولى": that morning', () => {
    expect(
      ingested(
        'قصف متواصل على ريف إدلب',
        [
          'تعرضت بلدات ريف إدلب الجنوبي لقصف مدفعي متواصل منذ مساء الجمعة وحتى صباح اليوم السبت، ما أدى إلى مقتل ستة مدنيين في بلدة كفرنبل.',
          'ومع ساعات الصباح الأولى، استهدفت غارة جوية بلدة معرة النعمان ما أدى إلى مقتل ثلاثة أشخاص.',
        ],
        '2022-05-14',
      ),
    ).toEqual([
      { from: '2022-05-13', to: '2022-05-14', governorate: 'Idlib', killed: 6, wounded: null },
      { from: '2022-05-14', to: '2022-05-14', governorate: 'Idlib', killed: 3, wounded: null },
    ]);
  });
});

describe('a toll told unsplit at one spot, then another toll "فيما" at another (clause-place.ts)', () => {
  it('two quarters the gazetteer does not know: two events, the unsplit one kept', () => {
    expect(
      ingested(
        'قصف على أحياء حلب الشرقية',
        [
          'قتل ثمانية مدنيين بغارات جوية على أحياء مدينة حلب الشرقية، اليوم الأحد.',
          'وفي حي الصاخور، قتل وجرح 14 مدنياً بغارة استهدفت مخبزاً، فيما قتل ثلاثة رجال وأصيب أربعة آخرون في حي الميسر.',
        ],
        '2016-11-13',
      ),
    ).toEqual([
      { from: '2016-11-13', to: '2016-11-13', governorate: 'Aleppo', killed: 8, wounded: null },
      { from: '2016-11-13', to: '2016-11-13', governorate: 'Aleppo', killed: null, wounded: null },
      { from: '2016-11-13', to: '2016-11-13', governorate: 'Aleppo', killed: 3, wounded: 4 },
    ]);
  });
});

describe('a community that lost so many of its own has that many dead (dying-verbs.ts)', () => {
  it('"فقدت القرية ستة من أبنائها الشهر الماضي في هجوم مماثل": an earlier event of six dead', () => {
    expect(
      ingested(
        'هجوم على قرية في المقدادية',
        [
          'أصيب ثلاثة مدنيين بهجوم شنه مسلحون على قرية تابعة لقضاء المقدادية في محافظة ديالى، اليوم الاثنين.',
          'وقال مختار القرية إن القرية فقدت أربعة من أبنائها الشهر الماضي في هجوم مماثل.',
        ],
        '2021-06-14',
      ),
    ).toEqual([
      { from: '2021-06-14', to: '2021-06-14', governorate: 'Diyala', killed: null, wounded: 3 },
      { from: '2021-05-01', to: '2021-05-31', governorate: 'Diyala', killed: 4, wounded: null },
    ]);
  });

  it('"lost four of its men", and never "فقدت الاتصال بثلاثة من عناصرها"', () => {
    expect(
      ingested(
        'Attack on a village near Muqdadiyah',
        [
          'Gunmen wounded three civilians in an attack on a village near Muqdadiyah in Diyala province on Monday.',
          'The village lost four of its men in a similar attack last month, its headman said.',
        ],
        '2021-06-14',
        'en',
      ),
    ).toEqual([
      { from: '2021-06-14', to: '2021-06-14', governorate: 'Diyala', killed: null, wounded: 3 },
      { from: '2021-05-01', to: '2021-05-31', governorate: 'Diyala', killed: 4, wounded: null },
    ]);
    expect(
      ingested(
        'فقدان الاتصال بدورية في حمرين',
        [
          'فقدت القوات الاتصال بثلاثة من عناصرها خلال عملية تفتيش في سلسلة جبال حمرين بمحافظة ديالى، اليوم الاثنين.',
        ],
        '2021-06-14',
      ).filter((x) => x.killed !== null),
    ).toEqual([]);
  });
});
