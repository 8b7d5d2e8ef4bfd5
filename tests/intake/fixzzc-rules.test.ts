// Rules found on probe-zzc's misses (issue 12): the Syrian opposition and Iran named as actors, and a
// victim's kin counted with him; each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's perpetrators (in order) and event type. */
const roles = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ actors: [...x.actors].sort(), type: x.event.type }));

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('the armed Syrian opposition, by the names the press gives it', () => {
  it('"Rebel fighters shelled …": the opposition fired', () => {
    expect(
      roles(
        [
          'Rebel fighters shelled a government-held district of Aleppo city on Monday, killing four civilians, state media said.',
        ],
        'en',
        '2016-10-04',
      ),
    ).toEqual([{ actors: ['syrian_opposition'], type: 'explosions_remote_violence' }]);
  });

  it('"بقصف صاروخي لفصائل المعارضة": the opposition fired', () => {
    expect(
      roles(
        ['قتل ثلاثة مدنيين بقصف صاروخي لفصائل المعارضة على حي سكني في مدينة حلب أمس.'],
        'ar',
        '2016-10-04',
      ),
    ).toEqual([{ actors: ['syrian_opposition'], type: 'explosions_remote_violence' }]);
  });

  it('"الجيش السوري الحر" is not the Syrian army', () => {
    expect(
      roles(
        ['قتل مدنيان بقصف مدفعي للجيش السوري الحر على بلدة محردة في ريف حماة الشمالي أمس.'],
        'ar',
        '2016-10-04',
      ),
    ).toEqual([{ actors: ['syrian_opposition'], type: 'explosions_remote_violence' }]);
  });

  it('"the rebel-held town": who holds the place is no side', () => {
    expect(
      roles(
        ['A car bomb exploded in a market in the rebel-held town of Azaz on Friday, killing five people.'],
        'en',
        '2017-01-07',
      ),
    ).toEqual([{ actors: [], type: 'explosions_remote_violence' }]);
  });

  it('"Turkish-backed rebels", then "the rebels": the SNA, told again, not a third side', () => {
    expect(
      roles(
        [
          'Six fighters were killed on Sunday in clashes between Turkish-backed rebels and the SDF near the town of Manbij in Aleppo province.',
          'A spokesman for the SDF said the rebels had tried to advance and that the attack was repelled.',
        ],
        'en',
        '2018-04-23',
      ),
    ).toEqual([{ actors: ['sdf', 'sna'], type: 'battles' }]);
  });
});

describe('a former member of a force: the force is no side of the event', () => {
  it('"قياديا سابقا في فصائل المعارضة": unknown gunmen killed a civilian', () => {
    expect(
      roles(
        ['اغتال مسلحون مجهولون قياديا سابقا في فصائل المعارضة في مدينة نوى بريف درعا الغربي مساء أمس.'],
        'ar',
        '2021-06-02',
      ),
    ).toEqual([{ actors: ['unknown_gunmen'], type: 'violence_against_civilians' }]);
  });

  it('"two former opposition fighters": killing them is violence against civilians', () => {
    expect(
      roles(
        [
          'Unknown gunmen shot dead two former opposition fighters in the town of Jasim in Daraa countryside on Monday.',
        ],
        'en',
        '2021-06-01',
      ),
    ).toEqual([{ actors: ['unknown_gunmen'], type: 'violence_against_civilians' }]);
  });
});

describe('the sides of a fight the event came after are no side of it', () => {
  it('"struck … after shells fired during fighting between rebels and government forces fell": Israel alone', () => {
    expect(
      roles(
        [
          'Israeli jets struck Syrian army positions in Quneitra province on Saturday, after shells fired during fighting between rebels and government forces fell in the Golan, killing two soldiers.',
        ],
        'en',
        '2017-06-25',
      ),
    ).toEqual([{ actors: ['israel'], type: 'explosions_remote_violence' }]);
  });
});

describe("the regime's aircraft, named after a masculine noun", () => {
  it('"من الطيران المروحي التابع للنظام": the Syrian army', () => {
    expect(
      roles(
        [
          'قتل طفلان بقصف بالبراميل المتفجرة من الطيران المروحي التابع للنظام على بلدة كفرنبل في ريف إدلب الجنوبي أمس.',
        ],
        'ar',
        '2019-05-14',
      ),
    ).toEqual([{ actors: ['syrian_army'], type: 'explosions_remote_violence' }]);
  });
});

describe("Iran's own forces", () => {
  it('"بقصف مدفعي إيراني": Iran fired', () => {
    expect(
      roles(
        ['أصيب راعيان بقصف مدفعي إيراني على قرية حدودية في قضاء سيدكان بمحافظة أربيل اليوم.'],
        'ar',
        '2022-09-10',
      ),
    ).toEqual([{ actors: ['iran'], type: 'explosions_remote_violence' }]);
  });

  it('"Iran\'s Revolutionary Guards": Iran', () => {
    expect(
      roles(
        [
          "Iran's Revolutionary Guards fired missiles at a village in Erbil province on Wednesday, wounding three people.",
        ],
        'en',
        '2022-09-29',
      ),
    ).toEqual([{ actors: ['iran'], type: 'explosions_remote_violence' }]);
  });

  it('"the Iranian border": no actor', () => {
    expect(
      roles(
        [
          'A roadside bomb wounded two soldiers on Tuesday in a village near the Iranian border in Diyala province.',
        ],
        'en',
        '2022-09-29',
      ),
    ).toEqual([{ actors: [], type: 'explosions_remote_violence' }]);
  });

  it('an attack by Iranian forces in Iraq is a strike from across the border; in Syria, on the ground', () => {
    expect(
      roles(
        ['An attack by Iranian forces on a village in Erbil province killed a shepherd on Tuesday.'],
        'en',
        '2022-09-29',
      ),
    ).toEqual([{ actors: ['iran'], type: 'explosions_remote_violence' }]);
    expect(
      roles(
        ['An attack by Iranian forces on a village in Deir ez-Zor province killed a shepherd on Tuesday.'],
        'en',
        '2022-09-29',
      ),
    ).toEqual([{ actors: ['iran'], type: 'violence_against_civilians' }]);
  });
});

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
