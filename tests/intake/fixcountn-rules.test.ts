// Rules from the fixcountn round (issue 12, counts read wrong on a matched incident), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';
import { ingest } from '../../src/intake/ingest.js';

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

describe('a casualty noun with the article names victims told already, not a count', () => {
  it('"وأوضح أن شقيق الضحية نجا": the victim\'s brother, who survived, is no second toll', () => {
    const result = ingest(
      [
        'مقتل رجل وابنه بانفجار عبوة جنوبي تكريت',
        'قُتل رجل وابنه، مساء أمس، بانفجار عبوة ناسفة استهدفت دراجتهما النارية قرب قرية البوعيثة جنوبي تكريت.',
        'وأوضح مصدر محلي أن شقيق الضحية، الذي كان يقود دراجة أخرى خلفهما، نجا من الانفجار.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[2, null]]);
  });
});

describe('who the counted were, told after the count, is not more of them', () => {
  it('"قتل شخصان، امرأة وابنها،": two dead, a woman and her son', () => {
    expect(
      tolls(
        [
          'قتل شخصان، امرأة وابنها، وأصيب ثلاثة آخرون، مساء اليوم، بقصف مدفعي استهدف منازل المدنيين في بلدة كفرنبل بريف إدلب الجنوبي.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });
});

describe('to assassinate someone is to kill one person, whatever noun names him', () => {
  it('"اغتال مسلحون مجهولون مرشحاً للانتخابات": one killed', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون، مساء أمس، مرشحاً للانتخابات المحلية بإطلاق النار عليه أمام منزله في مدينة الشحيل بريف دير الزور الشرقي.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe("the age told of someone's kin is no count of them", () => {
  it('"wounding his nine-year-old son": one wounded', () => {
    expect(
      tolls(
        [
          'A mortar shell fired by regime forces hit a house in the town of Kafr Nabl in southern Idlib on Tuesday, killing a farmer and wounding his nine-year-old son, local activists said.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('"the other N wounded" are the rest of the wounded told, not more of them', () => {
  it('one of four wounded dies, "the other three wounded" are the ones left', () => {
    expect(
      tolls(
        [
          'Gunmen attacked an army post near the town of Tarmiyah, north of Baghdad, on Friday evening, killing one soldier and wounding four, a police officer said.',
          'On Saturday, a hospital source said one of the wounded soldiers had died of his wounds, raising the death toll to two. The other three wounded are still being treated.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });
});

describe('a count a toll rose "to" is the toll\'s, not the subject of the verb after it', () => {
  it('"the toll had climbed to 9, mostly pilgrims, and 26 people were hurt": 26 wounded', () => {
    expect(
      tolls(
        [
          'A car bomb exploded near a Shiite shrine in the town of Balad, north of Baghdad, on Thursday, police said.',
          'Hospital sources later said the toll had climbed to 9, mostly pilgrims, and 26 people were hurt.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 9, wounded: 26 }]);
  });
});
