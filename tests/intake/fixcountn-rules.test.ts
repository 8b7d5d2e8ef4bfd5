// Rules from the fixcountn round (issue 12, counts read wrong on a matched incident), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ killed: x.killed, wounded: x.wounded }),
  );

describe('one person named with the group he belonged to, then a singular casualty verb, is one hit', () => {
  it('"ذكرت مصادر أن جندياً من الفرقة الرابعة قتل": after "أن"', () => {
    expect(
      tolls(
        [
          'ذكرت مصادر محلية أن جندياً من الفرقة الرابعة قتل وأصيب ثلاثة مدنيين بقصف على بلدة معرة النعمان في ريف إدلب الجنوبي.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });

  it('"مقاتل في فصيل جيش العزة أصيب": a roundup item that opens with him', () => {
    expect(
      tolls(
        ['مقاتل في فصيل جيش العزة أصيب برصاص قناص على جبهة كفرنبودة بريف حماة الشمالي الغربي.'],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });
});
