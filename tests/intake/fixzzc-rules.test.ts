// Rules found on probe-zzc's misses (issue 12): the Syrian opposition and Iran named as actors, and a
// victim's kin counted with him; each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's perpetrators (in order) and event type. */
const roles = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ actors: [...x.actors].sort(), type: x.event.type }));

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe("a victim's kin joined to him are counted with him", () => {
  it('"قتل رجل وحفيده", "أصيبت سيدة وحفيدتها": a grandchild is one more', () => {
    expect(tolls(['قتل رجل وحفيده بقصف مدفعي على بلدة كفرنبل في ريف إدلب أمس.'], 'ar', '2021-03-02')).toEqual(
      [{ killed: 2, wounded: null }],
    );
    expect(
      tolls(
        ['أصيبت سيدة وحفيدتها بجروح بانفجار عبوة ناسفة في حي الكرامة بمدينة الرقة أمس.'],
        'ar',
        '2021-03-02',
      ),
    ).toEqual([{ killed: null, wounded: 2 }]);
  });

  it('"ما أدى إلى مقتله ومقتل نجله": the noun told again with the kin, two dead', () => {
    expect(
      tolls(
        [
          'انفجر لغم أرضي بمزارع ونجله في بلدة الحارة بريف درعا الشمالي أمس، ما أدى إلى مقتله ومقتل نجله على الفور.',
        ],
        'ar',
        '2021-03-02',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('the same two dead told again that way are the same incident', () => {
    expect(
      tolls(
        [
          'قتل مزارع ونجله بانفجار لغم أرضي في بلدة الحارة بريف درعا الشمالي أمس.',
          'وقال مصدر في شرطة درعا إن اللغم انفجر بالمزارع أثناء عمله في أرضه قرب بلدة الحارة، ما أدى إلى مقتله ومقتل نجله.',
        ],
        'ar',
        '2021-03-02',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});
