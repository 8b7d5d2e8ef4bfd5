// Rules added on the opened probe-i (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });
const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  run(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('"أمس الأول": the day before yesterday, as the Levant orders it', () => {
  it('dates the event two days before publication', () => {
    const [x] = run(
      ['قُتل راعٍ وأصيب آخر، أمس الأول، بانفجار لغم أرضي قرب بلدة السخنة في ريف حمص.'],
      'ar',
      '2022-05-18',
    );
    expect([x?.date.from, x?.date.to]).toEqual(['2022-05-16', '2022-05-16']);
  });
});

describe('"اغتيل": killed by assassination, its victim named by office', () => {
  it('"اغتيل رئيس المجلس المحلي" is one dead', () => {
    expect(
      told(
        ['اغتيل رئيس المجلس المحلي في بلدة الحراك بريف درعا الشرقي برصاص مسلحين مجهولين صباح اليوم.'],
        'ar',
        '2022-05-18',
      ),
    ).toEqual([['Daraa', 1, null]]);
  });
});

describe('the wounds the dead died of are no more wounded', () => {
  it('"توفي راعيان متأثرين بجراح أصيبا بها" counts two dead, nobody wounded', () => {
    expect(
      told(
        ['توفي راعيان متأثرين بجراح أصيبا بها أمس جراء قصف مدفعي على قرية قرب مدينة جسر الشغور في ريف إدلب.'],
        'ar',
        '2022-05-18',
      ),
    ).toEqual([['Idlib', 2, null]]);
  });
});

describe('an earlier toll of the event just told is not another event', () => {
  it.each([
    [
      [
        'ارتفع عدد قتلى الهجوم على حافلة للعمال قرب بلدة معدان في ريف الرقة، أمس الأحد، إلى سبعة قتلى.',
        'وكانت حصيلة أولية قد تحدثت عن مقتل أربعة عمال، قبل أن يُعثر على ثلاث جثث أخرى صباح اليوم الاثنين.',
      ],
      'ar',
    ],
    [
      [
        'The toll from an attack on a bus of workers near Maadan in Raqqa province on Saturday has risen to seven dead, the Observatory said.',
        'A preliminary toll had put the dead at four on Sunday, before three of the wounded died.',
      ],
      'en',
    ],
  ] as const)('one incident at the later toll: %s', (paragraphs, lang) => {
    expect(told([...paragraphs], lang, '2022-05-16')).toEqual([['Raqqa', 7, null]]);
  });
});
