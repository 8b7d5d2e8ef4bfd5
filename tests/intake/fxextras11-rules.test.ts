// Rules from the fxextras11 round (issue 12, extra drafts): a fight told as a night, then again on one
// day of that night at the same place, is one fight; the taking of the dead just found, told after
// the finding with their killing again or a wounded one who got away, is when they were taken; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a fight told overnight, then on one day of the night: one fight', () => {
  it('"clashed overnight … west of Tal Rifaat", then "repelled an attack … that began late Friday, killing 12"', () => {
    expect(
      ingested(
        'Rebels and Kurdish fighters clash near Tal Rifaat',
        [
          'Turkey-backed rebels clashed overnight with Kurdish-led fighters west of the town of Tal Rifaat in Aleppo province, leaving fighters dead on both sides, officials said Saturday.',
          'The Kurdish-led force said its fighters repelled an attack on Tal Rifaat that began late Friday, killing 12 attackers.',
        ],
        '2018-05-12',
      ),
    ).toEqual([{ from: '2018-05-11', to: '2018-05-12', governorate: 'Aleppo', killed: 12, wounded: null }]);
  });
});

describe('the taking of the dead just found, told with their killing or a survivor’s wound: one event', () => {
  it('"عثر على جثة شاب …، وسط اتهامات لمسلحين بتصفيته بعد اختطافه قبل أيام"', () => {
    expect(
      ingested(
        'العثور على جثة شاب في ريف إدلب',
        [
          'عثر الأهالي صباح اليوم على جثة شاب مقتولاً بطلقات نارية قرب بلدة سرمدا بريف إدلب الشمالي، وسط اتهامات لمسلحين مجهولين بتصفيته بعد اختطافه قبل أيام.',
        ],
        '2020-03-15',
      ),
    ).toEqual([{ from: '2020-03-08', to: '2020-03-15', governorate: 'Idlib', killed: 1, wounded: null }]);
  });

  it('"عثرت الشرطة على جثتي مزارعين …", then "اقتحموا مساء الأحد … واقتادوا ثلاثة …، إلا أن الثالث تمكن من الفرار رغم إصابته"', () => {
    expect(
      ingested(
        'العثور على جثتي مزارعين قرب خانقين',
        [
          'عثرت الشرطة صباح اليوم الثلاثاء على جثتي مزارعين مصابتين بطلقات نارية في بستان قرب قضاء خانقين في محافظة ديالى.',
          'وبحسب مصادر محلية، فإن مسلحين اقتحموا مساء الأحد بستاناً قرب القضاء واقتادوا ثلاثة مزارعين إلى جهة مجهولة، إلا أن الثالث تمكن من الفرار رغم إصابته بطلق ناري في ساقه.',
        ],
        '2021-06-15',
      ),
    ).toEqual([{ from: '2021-06-13', to: '2021-06-15', governorate: 'Diyala', killed: 2, wounded: 1 }]);
  });
});
