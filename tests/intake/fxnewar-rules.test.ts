// Rules from the fxnewar round (issue 12, the Arabic misses of probe-zzs…zzx), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls as draftTolls } from '../support/tolls.js';

/** Each drafted incident's killed and wounded, in an Arabic article. */
const tolls = (paragraphs: string[], published: string) => draftTolls(paragraphs, 'ar', published);

describe('kin joined to a casualty pronoun after how soon it came are dead with him', () => {
  it('"ما أدى إلى مقتله في الحال وشقيقه": he and his brother, two', () => {
    expect(
      tolls(
        [
          'فتح مسلحون مجهولون النار مساء أمس على سيارة موظف في قضاء الخالص بمحافظة ديالى، ما أدى إلى مقتله في الحال وشقيقه الأصغر، ولاذوا بالفرار.',
        ],
        '2022-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"أسفر عن مقتله على الفور وسائقه": he and his driver, two', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة صباح اليوم بعجلة ضابط في الشرطة قرب مدينة الرمادي، ما أسفر عن مقتله على الفور وسائقه.',
        ],
        '2022-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"مقتله على الفور وإصابة اثنين": the wounded after how soon are no kin', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة صباح اليوم بعجلة ضابط في الشرطة قرب مدينة الرمادي، ما أسفر عن مقتله على الفور وإصابة اثنين من المارة.',
        ],
        '2022-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('a dual person noun in the construct state after a verb of the victim is two', () => {
  it('"قُتل عاملا نظافة …": two cleaners, the dual\'s ن dropped before what they were', () => {
    expect(
      tolls(
        ['قُتل عاملا نظافة، صباح اليوم الأحد، بانفجار عبوة ناسفة قرب سوق شعبي في قضاء الخالص بمحافظة ديالى.'],
        '2022-04-10',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"استشهد مقاتلا الفصيل وأصيب ثالث": two dead and one wounded', () => {
    expect(
      tolls(
        ['استشهد مقاتلا الفصيل وأصيب ثالث بجروح، مساء أمس السبت، بقصف مدفعي على قرية في ريف إدلب الجنوبي.'],
        '2022-04-10',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });

  it('"قتل مسلحون مزارعا …": the accusative singular after the killers is one', () => {
    expect(
      tolls(
        ['قتل مسلحون مجهولون مزارعا داخل بستانه، صباح اليوم الأحد، في قضاء الخالص بمحافظة ديالى.'],
        '2022-04-10',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
  it('"قُتلت امرأة وأصيب ابنها": a possessed noun ending in ا is no dual', () => {
    expect(
      tolls(
        ['قُتلت امرأة وأصيب ابنها بقصف مدفعي على بلدة في ريف حماة الشمالي صباح اليوم الأحد.'],
        '2022-04-10',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('kin joined after the place told of the victim, before the wounded told by their noun', () => {
  it('"بمقتل راعي ماشية في قرية … وشقيقه وإصابة اثنين": he and his brother dead, two wounded', () => {
    expect(
      tolls(
        [
          'أفاد مصدر في الشرطة، اليوم الخميس، بمقتل راعي ماشية في قرية تل الذهب جنوبي الحويجة وشقيقه وإصابة اثنين آخرين بهجوم مسلح.',
        ],
        '2022-04-14',
      ),
    ).toEqual([{ killed: 2, wounded: 2 }]);
  });

  it('"بمقتل مختار ناحية الزاب وشقيقه وإصابة اثنين": the same after a district', () => {
    expect(
      tolls(
        ['أفاد مصدر في الشرطة، اليوم الخميس، بمقتل مختار ناحية الزاب وشقيقه وإصابة اثنين آخرين بهجوم مسلح.'],
        '2022-04-14',
      ),
    ).toEqual([{ killed: 2, wounded: 2 }]);
  });

  it('"… في قرية …، وشقيقه أصيب": his brother the subject of a verb of his own is wounded, not dead', () => {
    expect(
      tolls(['قتل راعي ماشية في قرية تل الذهب جنوبي الحويجة اليوم الخميس، وشقيقه أصيب بجروح.'], '2022-04-14'),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('the one just told wounded, dead "before" the clause ends, is one more dead', () => {
  it('"وأصيب سائقه …، ونقل إلى …، قبل أن يفارق الحياة صباح اليوم الخميس متأثراً بجراحه"', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون مساء أمس الأربعاء موظفاً في مجلس بلدة الصنمين بريف درعا الشمالي، ما أدى إلى مقتله على الفور.',
          'وأصيب سائقه بطلق ناري في البطن، ونقل إلى مستشفى قريب، قبل أن يفارق الحياة صباح اليوم الخميس متأثراً بجراحه.',
        ],
        '2022-04-14',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a toll told risen with its figure first holds the wounded who died since', () => {
  it('"ارتفع إلى 5 عدد الذين قتلوا …، بعد وفاة أحد الجرحى": five, not six', () => {
    expect(
      tolls(
        [
          'ارتفع إلى 5 عدد الذين قتلوا جراء انفجار دراجة نارية مفخخة مساء أمس الجمعة في سوق مدينة أعزاز بريف حلب الشمالي، وذلك بعد وفاة أحد الجرحى متأثراً بإصابته صباح اليوم.',
          'وأصيب 12 آخرون بجراح متفاوتة.',
        ],
        '2022-04-09',
      ),
    ).toEqual([{ killed: 5, wounded: 12 }]);
  });
});
