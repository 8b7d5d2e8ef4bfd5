// Rules from the fxcounts15 round (issue 12, the counts of matched incidents): one more wounded named
// by his trade and the two-word thing he is "of" ("سائق سيارة أجرة"); the body of one taken,
// told of on the way ("His body, riddled with bullets, was found"); and a toll risen by the death of
// all the wounded an earlier report told, none left wounded; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

const FIRST = 'قتل ثلاثة من عناصر الشرطة وأصيب اثنان آخران بجروح في هجوم على دوريتهم قرب بلدة الضلوعية أمس.';

describe('one person named by his trade and the two words of what he is "of": one more hit', () => {
  it('"وأضاف أن سائق سيارة أجرة أصيب هو الآخر بجروح"', () => {
    expect(tolls([FIRST, 'وأضاف أن سائق سيارة أجرة أصيب هو الآخر بجروح.'], 'ar', '2015-03-02')).toEqual([
      { killed: 3, wounded: 3 },
    ]);
  });
  it('"… أن سائق شاحنة نقل كان يمر على الطريق أصيب هو الآخر"', () => {
    expect(
      tolls(
        [FIRST, 'وأشار إلى أن سائق شاحنة نقل كان يمر على الطريق أصيب هو الآخر بجروح.'],
        'ar',
        '2015-03-02',
      ),
    ).toEqual([{ killed: 3, wounded: 3 }]);
  });
});

describe('the body of the one taken, told of between commas or by an adjective: his one dead', () => {
  const TAKEN = 'On Tuesday, gunmen kidnapped a farmer from his home in a village near Baiji.';
  it('"His body, riddled with bullets, was found on Wednesday"', () => {
    expect(
      tolls(
        [TAKEN, 'His body, riddled with bullets, was found on Wednesday near a water canal.'],
        'en',
        '2019-04-11',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
  it('"His bullet-riddled body was found …"', () => {
    expect(
      tolls([TAKEN, 'His bullet-riddled body was found on Wednesday in an orchard.'], 'en', '2019-04-11'),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('a toll risen by the death of the one wounded, then the earlier report: no wounded left', () => {
  it('"ارتفعت إلى أربعة قتلى بعد وفاة جندي رابع متأثراً بجروحه", then "وكان المصدر قد أعلن … مقتل ثلاثة جنود وإصابة رابع"', () => {
    expect(
      tolls(
        [
          'أفاد مصدر في الشرطة، اليوم الثلاثاء، بأن حصيلة الهجوم على سيطرة قرب مدينة الحلة ليلة الأحد ارتفعت إلى أربعة قتلى، بعد وفاة جندي رابع متأثراً بجروحه.',
          'وكان المصدر قد أعلن يوم الأحد مقتل ثلاثة جنود وإصابة رابع بجروح.',
        ],
        'ar',
        '2012-05-08',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});
