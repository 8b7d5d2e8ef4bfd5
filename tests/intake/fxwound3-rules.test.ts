// Rules from the fxwound3 round (issue 12, the wounded count missed or read wrong, and events told
// as harmless): the active "أصابت" has what hit before it, no one hurt; a wounding verb told "in
// addition to" the wounded before it adds to them; "one" after the noun before a passive verb is
// one person; someone's own "who was hit" is one person; "مقتلها" counts her, one dead; "no loss
// of life" says no one died and leaves the wounded counted; and "no casualties" told in a sentence after the event, before any
// other, is of that event; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the active verb of hitting: what stands before it hit, no one it hurt', () => {
  it('"…فإن إحدى القذائف أصابت منزلاً …، ما أدى إلى مقتل ٣ أطفال وإصابة ٧ آخرين": 3 dead, 7 wounded', () => {
    expect(
      ingested(
        'قصف على بلدة في ريف إدلب',
        [
          'قصفت قوات النظام، مساء أمس الأربعاء، بلدة سرمين في ريف إدلب الشرقي بعشرات القذائف المدفعية.',
          'وقال ناشطون إن إحدى القذائف أصابت منزلاً في الحي الشمالي من البلدة، ما أدى إلى مقتل ٣ أطفال من أسرة واحدة وإصابة ٧ آخرين.',
        ],
        '2019-03-07',
        'ar',
      ),
    ).toEqual([{ from: '2019-03-06', to: '2019-03-06', governorate: 'Idlib', killed: 3, wounded: 7 }]);
  });
});

describe('a wounding verb told "in addition to" the wounded before it: more wounded, added', () => {
  it('"killing three policemen and wounding six, as well as wounding two passers-by": 3 dead, 8 wounded', () => {
    expect(
      ingested(
        'Car bomb hits police patrol in Kirkuk',
        [
          'A car bomb struck a police patrol in the southern part of Kirkuk city on Sunday evening, killing three policemen and wounding six, as well as wounding two passers-by, a police officer said.',
        ],
        '2016-05-16',
        'en',
      ),
    ).toEqual([{ from: '2016-05-15', to: '2016-05-15', governorate: 'Kirkuk', killed: 3, wounded: 8 }]);
  });

  it('"…وإصابة أربعة آخرين، إضافة إلى جرح طفلين من المارة": 2 dead, 6 wounded', () => {
    expect(
      ingested(
        'انفجار عبوة في بعقوبة',
        [
          'انفجرت عبوة ناسفة، صباح اليوم الاثنين، على دورية للشرطة في قضاء بعقوبة بمحافظة ديالى، ما أدى إلى مقتل شرطيين وإصابة أربعة آخرين، إضافة إلى جرح طفلين من المارة.',
        ],
        '2015-09-14',
        'ar',
      ),
    ).toEqual([{ from: '2015-09-14', to: '2015-09-14', governorate: 'Diyala', killed: 2, wounded: 6 }]);
  });

  it('a second wounding verb with no such connector is no more wounded: "wounding six … the wounded were taken"', () => {
    expect(
      ingested(
        'Car bomb hits police patrol in Kirkuk',
        [
          'A car bomb struck a police patrol in the southern part of Kirkuk city on Sunday evening, killing three policemen and wounding six, and the wounded included two passers-by, a police officer said.',
        ],
        '2016-05-16',
        'en',
      ),
    ).toEqual([{ from: '2016-05-15', to: '2016-05-15', governorate: 'Kirkuk', killed: 3, wounded: 6 }]);
  });
});

describe('one person named before a passive casualty verb', () => {
  it('"وأن مزارعاً واحداً أصيب بجروح": the word for one after the noun, one wounded', () => {
    expect(
      ingested(
        'سقوط قذائف على ناحية في صلاح الدين',
        [
          'سقطت ثلاث قذائف هاون، فجر اليوم الجمعة، على أطراف ناحية العلم في محافظة صلاح الدين، وقال مدير الناحية إن القذائف سقطت في أراض زراعية، وأن مزارعاً واحداً أصيب بجروح.',
        ],
        '2018-08-10',
        'ar',
      ),
    ).toEqual([
      { from: '2018-08-10', to: '2018-08-10', governorate: 'Salahuddin', killed: null, wounded: 1 },
    ]);
  });

  it('"فيما نجا شقيقه الذي أصيب بطلق ناري في ساقه": someone\'s own, who was hit, one wounded', () => {
    expect(
      ingested(
        'مقتل شاب بهجوم مسلح في الرمادي',
        [
          'قتل شاب برصاص مسلحين مجهولين، مساء أمس الخميس، أمام منزله في حي التأميم بمدينة الرمادي في محافظة الأنبار، فيما نجا شقيقه الذي أصيب بطلق ناري في ساقه.',
        ],
        '2020-02-14',
        'ar',
      ),
    ).toEqual([{ from: '2020-02-13', to: '2020-02-13', governorate: 'Anbar', killed: 1, wounded: 1 }]);
  });
});

describe('the dead told by the feminine pronoun of a casualty noun', () => {
  it('"…أطلقوا النار على موظفة …، ما أدى إلى مقتلها على الفور وإصابة أحد المارة": 1 dead, 1 wounded', () => {
    expect(
      ingested(
        'مقتل موظفة بهجوم مسلح في كركوك',
        [
          'قال مصدر في شرطة كركوك إن مسلحين مجهولين أطلقوا النار، صباح اليوم الثلاثاء، على موظفة في دائرة الصحة أثناء خروجها من منزلها في حي الواسطي، ما أدى إلى مقتلها على الفور وإصابة أحد المارة.',
        ],
        '2017-11-21',
        'ar',
      ),
    ).toEqual([{ from: '2017-11-21', to: '2017-11-21', governorate: 'Kirkuk', killed: 1, wounded: 1 }]);
  });
});

describe('an event told as harming no one, or as killing no one', () => {
  it('"لم يسفر عن خسائر في الأرواح، وأن شرطياً واحداً أصيب": no one dead, one wounded', () => {
    expect(
      ingested(
        'هجوم بطائرة مسيرة على مطار في نينوى',
        [
          'تعرض مطار الموصل، مساء أمس السبت، لهجوم بطائرة مسيرة مفخخة، وقال مصدر أمني إن الهجوم لم يسفر عن خسائر في الأرواح، وأن شرطياً واحداً أصيب بجروح طفيفة.',
        ],
        '2023-04-16',
        'ar',
      ),
    ).toEqual([{ from: '2023-04-15', to: '2023-04-15', governorate: 'Nineveh', killed: 0, wounded: 1 }]);
  });

  it('"ولم يسفر القصف عن خسائر في الأرواح" with no wounded told: no one dead, the wounded not stated', () => {
    expect(
      ingested(
        'قصف مدفعي على قرى حدودية في دهوك',
        [
          'قصفت المدفعية التركية، مساء أمس الخميس، قرى حدودية في قضاء العمادية بمحافظة دهوك، ولم يسفر القصف عن خسائر في الأرواح بحسب مسؤول محلي.',
        ],
        '2022-07-22',
        'ar',
      ),
    ).toEqual([{ from: '2022-07-21', to: '2022-07-21', governorate: 'Duhok', killed: 0, wounded: null }]);
  });

  it('"caused no loss of life" with no wounded told: no one dead, the wounded not stated', () => {
    expect(
      ingested(
        'Rockets hit near base in Anbar',
        [
          'Two rockets struck near the Ain al-Asad air base in Anbar province on Tuesday night and caused no loss of life, an Iraqi security official said.',
        ],
        '2021-03-10',
        'en',
      ),
    ).toEqual([{ from: '2021-03-09', to: '2021-03-10', governorate: 'Anbar', killed: 0, wounded: null }]);
  });

  it('"There were no casualties, he said." a sentence after the event, before any other: 0 dead, 0 wounded', () => {
    expect(
      ingested(
        'Rocket hits near Baghdad airport',
        [
          'A rocket struck near Baghdad International Airport late on Friday, an Iraqi security official said on Saturday.',
          'The rocket landed in an empty lot beside a parking area. There were no casualties, he said, but two cars were damaged.',
        ],
        '2020-09-26',
        'en',
      ),
    ).toEqual([{ from: '2020-09-25', to: '2020-09-25', governorate: 'Baghdad', killed: 0, wounded: 0 }]);
  });
});
