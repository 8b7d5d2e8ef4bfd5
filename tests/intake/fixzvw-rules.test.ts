// Rules added on the misses of probe-zv and probe-zw (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('an Arabic number ends at its tens word', () => {
  it('reads "ما بين ثلاثين وخمسة وثلاثين" as 30 to 35, not 65', () => {
    expect(
      tolls(
        ['أصيب ما بين ثلاثين وخمسة وثلاثين شخصاً بانفجار سيارة مفخخة في سوق مدينة الكوت ظهر اليوم.'],
        'ar',
      ),
    ).toEqual([{ killed: null, wounded: { low: 30, high: 35 } }]);
  });
});

describe('a distance says where a victim was, not how many', () => {
  it('counts one wounded in "a boy playing about 300 metres away was slightly wounded"', () => {
    expect(
      tolls(
        [
          'Two farmers were killed on Sunday when a mortar round hit a field near Tuz Khurmatu, police said. A boy playing about 300 metres away was slightly wounded.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});

describe('a toll of a side’s dead in a construct is a toll of the dead', () => {
  it('raises the dead with "ليرتفع عدد قتلى الجيش إلى ثلاثة"', () => {
    expect(
      run(
        [
          'قتل جنديان وأصيب خمسة آخرون بهجوم لمسلحي داعش على ثكنة للجيش قرب ناحية العظيم في ديالى فجر اليوم.',
          'وقال مصدر طبي إن أحد المصابين توفي لاحقاً متأثراً بجراحه، ليرتفع عدد قتلى الجيش إلى ثلاثة.',
        ],
        'ar',
      ).map((x) => x.killed),
    ).toEqual([3]);
  });
});

describe('a relative day with its written date beside it: the written date wins', () => {
  it('dates "يوم أمس الجمعة الموافق 7 أيار" on 7 May in a Wednesday text', () => {
    expect(
      run(
        [
          'وفي الأنبار، قال مصدر أمني إن راعياً قُتل بانفجار لغم أرضي، يوم أمس الجمعة الموافق 7 أيار، في صحراء الرطبة.',
        ],
        'ar',
      ).map((x) => [x.date.from, x.date.to]),
    ).toEqual([['2021-05-07', '2021-05-07']]);
  });
});

describe('a known spot told with its bearing from a city close by is that spot', () => {
  it('places "the Jaramana area east of Damascus" in Rif Dimashq', () => {
    expect(
      run(
        ['Rockets hit a house in the Jaramana area east of Damascus on Tuesday, killing two people.'],
        'en',
      ).map((x) => x.place.governorate?.en),
    ).toEqual(['Rif Dimashq']);
  });
  it('places "بلدة جرمانا شرق دمشق" in Rif Dimashq', () => {
    expect(
      run(['قتل شخصان بسقوط قذائف على بلدة جرمانا شرق دمشق مساء أمس.'], 'ar').map(
        (x) => x.place.governorate?.ar,
      ),
    ).toEqual(['ريف دمشق']);
  });
});
