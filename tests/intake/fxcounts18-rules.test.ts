// Rules from the fxcounts18 round (issue 12, the casualty counts of matched incidents): a companion
// or kin named without the pronoun on him, "له" after him instead ("ومرافق له"), one more beside the
// one counted; victims hit "while" after the toll of their kind, more of them; a risen toll read on
// past "بينهم …،" with no comma before it; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a companion of his told by "له": one more beside the one counted', () => {
  it('"بمقتل قيادي سوري الجنسية في فصيل "أنصار الحق" المرتبط بتنظيم القاعدة وسائق له"', () => {
    expect(
      ingested(
        'مقتل قيادي بغارة في ريف إدلب',
        [
          'أفادت مصادر محلية، اليوم الأربعاء، بمقتل قيادي سوري الجنسية في فصيل "أنصار الحق" المرتبط بتنظيم القاعدة وسائق له، بضربة نفذتها طائرة مسيرة على سيارة قرب بلدة سرمدا في ريف إدلب الشمالي.',
        ],
        '2022-06-08',
      ),
    ).toEqual([{ from: '2022-06-08', to: '2022-06-08', governorate: 'Idlib', killed: 2, wounded: null }]);
  });

  it('"قتل مسلحون مجهولون مختار قرية في جنوب الموصل وشقيقاً له"', () => {
    expect(
      ingested(
        'اغتيال مختار جنوب الموصل',
        ['قال مصدر أمني إن مسلحين مجهولين قتلوا مختار قرية في جنوب الموصل وشقيقاً له، صباح اليوم الثلاثاء.'],
        '2021-03-09',
      ),
    ).toEqual([{ from: '2021-03-09', to: '2021-03-09', governorate: 'Nineveh', killed: 2, wounded: null }]);
  });
});

describe('victims hit "while", after the toll of their kind the sentence gave: more of them', () => {
  it('"…أسفر عن مقتل مسلح وإصابة آخر، فيما أصيب عنصر من الشرطة بجروح طفيفة"', () => {
    expect(
      ingested(
        'اشتباك مع مهربين في ريف درعا',
        [
          'اشتبكت دورية للشرطة ليلة السبت على الأحد مع مجموعة من المهربين قرب بلدة بصرى الشام بريف درعا، ما أسفر عن مقتل مسلح وإصابة آخر، فيما أصيب عنصر من الشرطة بجروح طفيفة.',
        ],
        '2019-04-14',
      ),
    ).toEqual([{ from: '2019-04-13', to: '2019-04-14', governorate: 'Daraa', killed: 1, wounded: 2 }]);
  });

  it('"…أسفرت عن إصابة ثلاثة جنود، بينما أصيب اثنان من المسلحين": both sides of a clash', () => {
    expect(
      ingested(
        'اشتباكات قرب سنجار',
        [
          'اندلعت اشتباكات صباح اليوم الأحد بين قوة من الجيش ومسلحين قرب قضاء سنجار غربي الموصل، أسفرت عن إصابة ثلاثة جنود، بينما أصيب اثنان من المسلحين.',
        ],
        '2022-05-08',
      ),
    ).toEqual([{ from: '2022-05-08', to: '2022-05-08', governorate: 'Nineveh', killed: null, wounded: 5 }]);
  });
});

describe('a risen toll read on past "بينهم …،" told with no comma before it', () => {
  it('"ارتفعت حصيلة … إلى 7 قتلى بينهم طفلان، و19 جريحاً، بعد وفاة جريح"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة انفجار الباب',
        [
          'ارتفعت حصيلة ضحايا انفجار السيارة المفخخة الذي ضرب دوار السنتر في مدينة الباب بريف حلب الشرقي، مساء أمس الجمعة، إلى 7 قتلى بينهم طفلان، و19 جريحاً، بعد وفاة جريح متأثراً بجراحه صباح اليوم.',
        ],
        '2022-03-05',
      ),
    ).toEqual([{ from: '2022-03-04', to: '2022-03-04', governorate: 'Aleppo', killed: 7, wounded: 19 }]);
  });
});
