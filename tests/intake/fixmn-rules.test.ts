// Rules found on probe-m and probe-n (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { unknownPlaceName } from '../../src/intake/places/unknown-place.js';
import { extracted } from '../support/tolls.js';

const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);
const dates = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [
    x.place.governorate?.en ?? null,
    x.date.from,
    x.date.to,
  ]);

describe('counts', () => {
  it('"“… and six wounded,” the officer told reporters": the six, not the officer named after the comma', () => {
    expect(
      told(
        [
          'Gunmen attacked a police post near Tuz Khurmatu in Salahuddin province on Sunday.',
          '"Three were killed and six wounded," the officer told reporters.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([['Salahuddin', 3, 6]]);
  });

  it('"a policeman and at least four civilians": the second count keeps its own "at least"', () => {
    expect(
      told(
        [
          'A mortar round wounded a policeman and at least four civilians in Tuz Khurmatu in Salahuddin on Sunday.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([['Salahuddin', null, 5]]);
  });

  it('"أودت بحياة طفلين": a person noun after "the lives of" counts them', () => {
    expect(
      told(
        ['وسقطت قذيفة صاروخية على منزل في مدينة الباب بريف حلب اليوم أودت بحياة طفلين.'],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([['Aleppo', 2, null]]);
  });
});

describe('a blow on the reinforcements of an attack', () => {
  it('its wounded are added to the attack’s ("wounding three more policemen")', () => {
    expect(
      told(
        [
          'ISIS militants attacked a police checkpoint near Hawija in Kirkuk late on Friday, killing one policeman and wounding two.',
          'A roadside bomb then struck a patrol that arrived to reinforce the checkpoint, wounding three more policemen.',
        ],
        'en',
        '2021-03-06',
      ),
    ).toEqual([['Kirkuk', 1, 5]]);
  });
});

describe('places', () => {
  it('"the nearby village of X" with its own dead is another event near the place just told', () => {
    expect(
      told(
        [
          'Artillery shells hit the town of Kafranbel in Idlib province on Monday, killing three civilians.',
          'Shells also fell on a house in the nearby village of Umm Zaytoun, killing a woman and wounding her son.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([
      ['Idlib', 3, null],
      ['Idlib', 1, 1],
    ]);
  });

  it('"in the area" places an event of its own where the one before happened', () => {
    expect(
      told(
        [
          'A roadside bomb killed two soldiers near Baiji in Salahuddin province on Monday.',
          'Separately, a shepherd was wounded by a landmine in the area.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([
      ['Salahuddin', 2, null],
      ['Salahuddin', null, 1],
    ]);
  });

  it('"…، فيما قتل رجل بقصف على بلدة X" at a town the gazetteer does not know is another event', () => {
    expect(
      told(
        [
          'قتلت امرأة وأصيب ابنها بقصف مدفعي على مدينة معرة النعمان بريف إدلب اليوم، فيما قتل رجل بقصف صاروخي على بلدة تل حمدان.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([
      ['Idlib', 1, 1],
      ['Idlib', 1, null],
    ]);
  });

  it('the town of the hospital the wounded were taken to is not where it happened', () => {
    expect(
      told(
        [
          'قتل شخصان وأصيب ثلاثة آخرون بنزاع عشائري في قضاء الشطرة بمحافظة ذي قار مساء أمس.',
          'وقالت شرطة ذي قار إن شخصين قتلا وأصيب ثلاثة نقلوا على إثرها إلى مستشفى الحسين في الناصرية.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([['Dhi Qar', 2, 3]]);
  });

  it('nor is a town the gazetteer does not know where the wounded were taken (its name is no event place)', () => {
    expect(unknownPlaceName('مشيراً إلى إصابة عنصرين آخرين نقلا إلى مشفى في بلدة الكسرة', 'ar')).toBeNull();
  });

  it('"في محافظة الأنبار غرب بغداد": a governorate named as such stays, the bearing only glosses it', () => {
    expect(
      told(
        ['قتل جندي بهجوم على نقطة عسكرية في محافظة الأنبار غرب بغداد، وفق ما أعلنت السلطات اليوم.'],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([['Anbar', 1, null]]);
  });
});

describe('not events', () => {
  it('"if the fighting around X continues" tells what may come', () => {
    expect(
      told(
        [
          'Aid groups warned that thousands more could flee if the fighting around Tal Afar in Nineveh continues.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([]);
  });

  it('a photo caption ("صورة أرشيفية لقصف سابق") is an old picture, not news', () => {
    expect(told(['صورة أرشيفية لدمار خلفه قصف سابق على مدينة أريحا بريف إدلب'], 'ar', '2021-03-08')).toEqual(
      [],
    );
  });
});

describe('dates', () => {
  it('"قبل أيام" is some day of the week before publication', () => {
    expect(
      dates(
        [
          'قتل مدني بقصف مدفعي على قرية قرب بلدة عين عيسى شمال الرقة صباح اليوم.',
          'وكانت القوات التركية قد قصفت قرى في ريف تل أبيض بالرقة، قبل أيام، ما أدى إلى إصابة طفل.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([
      ['Raqqa', '2021-03-08', '2021-03-08'],
      ['Raqqa', '2021-03-01', '2021-03-07'],
    ]);
  });

  it('"بعد يوم من…" counts from the first event, by the day it was told when it has no other', () => {
    expect(
      dates(
        [
          'أفاد مصدر محلي، اليوم الثلاثاء، بمقتل شخصين بقصف تركي على قرية قرب ناحية سيدكان في محافظة أربيل.',
          'ويأتي القصف بعد يوم من قصف على قرية في قضاء زاخو بمحافظة دهوك أسفر عن إصابة راع.',
          'وبعد ثلاثة أيام من غارة على موقع في قضاء سنجار غربي نينوى أودت بحياة مقاتل.',
        ],
        'ar',
        '2021-03-09',
      ),
    ).toEqual([
      ['Erbil', '2021-03-09', '2021-03-09'],
      ['Duhok', '2021-03-08', '2021-03-08'],
      ['Nineveh', '2021-03-06', '2021-03-06'],
    ]);
  });
});

describe('figures', () => {
  const figures = (body: string) => {
    // a draft needs a summary of three sentences at least: two more around the one tested
    const article = `موازنة الوزارة\n\nناقش مجلس الوزراء اليوم بنود الموازنة العامة. ${body} وأكد الوزير أن الصرف سيبدأ الشهر المقبل.`;
    const result = ingest(article, { published: '2023-06-12' });
    return result.ok ? result.draft.figures.map((f) => f.value) : [];
  };

  it('"ترليون", spelled without ي, is a trillion', () => {
    expect(figures('أعلنت وزارة المالية اليوم إطلاق 2.3 ترليون دينار من مستحقات الفلاحين.')).toContain(
      2.3e12,
    );
  });

  it('"8.2 مليون" is 8200000 exactly, not a float a hair off', () => {
    expect(figures('وبلغ عدد المستفيدين من البرنامج 8.2 مليون شخص هذا العام.')).toContain(8200000);
  });

  it('"300.000" with a dot before three zeros is three hundred thousand', () => {
    expect(figures('وتضمنت الموازنة تثبيت نحو 300.000 من العاملين بعقود على الملاك الدائم.')).toContain(
      300000,
    );
  });
});
