// Rules from the fxsources5 round (issue 12, one toll told twice or in parts): a pharmacist named as
// the one killed ("قتلوا صيدلانياً"); a count's noun with the nationality of the group, then one more
// joined ("ستة جنود أتراك ومدني"); the body buried of one "who was killed", named at more length
// ("جثمان مختار قرية …، الذي قتل"); the dead counted, then how some of them were hit ("جثث ثلاثة
// … أصيب اثنان منهم بالرصاص"), no wounded; the kin named by the one killed, "who was hurt"
// ("وقال شقيق الضحية، الذي أصيب"), one wounded; "others" hurt after the dead told in the pluperfect
// ("وكان مدنيان قتلا وجرح آخرون"), no number; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a pharmacist, one person named by his trade', () => {
  it('"قتلوا صيدلانياً داخل صيدليته"', () => {
    expect(
      ingested(
        'اغتيال في كركوك',
        [
          'قال مصدر في الشرطة إن مسلحين مجهولين قتلوا مساء أمس الأربعاء صيدلانياً داخل صيدليته في حي الواسطي جنوبي كركوك ولاذوا بالفرار.',
        ],
        '2009-03-05',
      ),
    ).toEqual([{ from: '2009-03-04', to: '2009-03-04', governorate: 'Kirkuk', killed: 1, wounded: null }]);
  });
});

describe('the nationality of the group counted, then one more joined', () => {
  it('"قتل خمسة جنود سوريين ومدني يعمل معهم": six', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        ['وقتل خمسة جنود سوريين ومدني يعمل معهم، أمس الاثنين، بقصف على مواقع قرب مدينة سراقب.'],
        '2020-03-10',
      ),
    ).toEqual([{ from: '2020-03-09', to: '2020-03-09', governorate: 'Idlib', killed: 6, wounded: null }]);
  });
  it('"أربعة عناصر أتراك ومترجم": a broken plural, five', () => {
    expect(
      ingested(
        'هجوم في ريف حلب',
        ['قتل أربعة عناصر أتراك ومترجم، صباح اليوم الخميس، بانفجار سيارة مفخخة قرب مدينة الباب بريف حلب.'],
        '2018-01-11',
      ),
    ).toEqual([{ from: '2018-01-11', to: '2018-01-11', governorate: 'Aleppo', killed: 5, wounded: null }]);
  });
  it('"خمسة جنود سوريين وأصيب ثلاثة": the verb after is no one more', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        ['وقتل خمسة جنود سوريين وأصيب ثلاثة آخرون، أمس الاثنين، بقصف على مواقع قرب مدينة سراقب.'],
        '2020-03-10',
      ),
    ).toEqual([{ from: '2020-03-09', to: '2020-03-09', governorate: 'Idlib', killed: 5, wounded: 3 }]);
  });
});

describe('the body of one "who was killed", named at more length', () => {
  it('"شيع العشرات جثمان إمام جامع القرية، الذي قتل …": one dead', () => {
    expect(
      ingested(
        'تشييع في الأنبار',
        [
          'وفي سياق متصل، شيع العشرات أمس السبت في ناحية البغدادي غربي الرمادي جثمان إمام جامع القرية، الذي قتل مساء الخميس بانفجار عبوة لاصقة وضعت أسفل سيارته.',
        ],
        '2012-05-13',
      ),
    ).toEqual([{ from: '2012-05-10', to: '2012-05-10', governorate: 'Anbar', killed: 1, wounded: null }]);
  });
});

describe('how some of the dead were hit is no count of wounded', () => {
  it('"جثث أربعة متظاهرين أصيب ثلاثة منهم بالرصاص، فضلا عن 80 جريحا": 4 dead, 80 wounded', () => {
    expect(
      ingested(
        'قمع في الناصرية',
        [
          'وقال مصدر طبي إن "المستشفى استقبل جثث أربعة متظاهرين أصيب ثلاثة منهم بالرصاص الحي في الرأس، فضلا عن 80 جريحا"، خلال تفريق اعتصام في ساحة الحبوبي وسط الناصرية ليلة الاثنين على الثلاثاء.',
        ],
        '2019-11-05',
      ),
    ).toEqual([{ from: '2019-11-04', to: '2019-11-05', governorate: 'Dhi Qar', killed: 4, wounded: 80 }]);
  });
  it('"جرحى … أصيب اثنان منهم": a share of the wounded named after the dead stays theirs', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        [
          'قتل ثلاثة مدنيين وأصيب خمسة آخرون، أمس الاثنين، بقصف على بلدة كفرنبل، ونقل الجرحى إلى المشفى وأصيب اثنان منهم بحروق.',
        ],
        '2020-03-10',
      ),
    ).toEqual([{ from: '2020-03-09', to: '2020-03-09', governorate: 'Idlib', killed: 3, wounded: 5 }]);
  });
});

describe('the kin named by the one killed, "who was hurt"', () => {
  it('"وقال شقيق الضحية، الذي أصيب بجروح طفيفة": one wounded', () => {
    expect(
      ingested(
        'غارة في دهوك',
        [
          'قتل راع بغارة لطائرة مسيرة تركية أمس الأربعاء قرب ناحية كاني ماسي في دهوك.',
          'وقال شقيق الضحية، الذي أصيب بجروح طفيفة في الغارة ذاتها، إن الطائرة قصفتهم مرتين.',
        ],
        '2019-09-05',
      ),
    ).toEqual([{ from: '2019-09-04', to: '2019-09-04', governorate: 'Duhok', killed: 1, wounded: 1 }]);
  });
  it('"صاحب المنزل الذي أصيب بقذيفة": a thing hit is no one', () => {
    expect(
      ingested(
        'غارة في دهوك',
        [
          'قتل راع بغارة لطائرة مسيرة تركية أمس الأربعاء قرب ناحية كاني ماسي في دهوك.',
          'وقال صاحب المنزل الذي أصيب بقذيفة إن الطائرة قصفتهم مرتين.',
        ],
        '2019-09-05',
      ),
    ).toEqual([{ from: '2019-09-04', to: '2019-09-04', governorate: 'Duhok', killed: 1, wounded: null }]);
  });
});

describe('"others" hurt, after the dead told in the pluperfect', () => {
  it('"وكان ثلاثة مقاتلين قد قتلوا وأصيب آخرون": no count of wounded', () => {
    expect(
      ingested(
        'قصف على إدلب',
        ['وكان ثلاثة مقاتلين قد قتلوا وأصيب آخرون، أمس الاثنين، بقصف على بلدة كفرنبل بريف إدلب.'],
        '2019-12-24',
      ),
    ).toEqual([{ from: '2019-12-23', to: '2019-12-23', governorate: 'Idlib', killed: 3, wounded: null }]);
  });
});
