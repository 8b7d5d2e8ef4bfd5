// Rules from the misses of probe-ze (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

describe('who died, told by the verb', () => {
  it('"قضت طفلة": the feminine of قضى is a death, as استشهدت is', () => {
    expect(
      tolls(
        ['قضت طفلة وأصيب والدها بجروح بانفجار لغم أرضي قرب قرية الغدفة شرقي معرة النعمان مساء أمس.'],
        'ar',
        '2020-03-05',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });

  it('"shot dead the guard": the object of a two-word verb of killing is one person, as after "killing"', () => {
    expect(
      tolls(
        [
          'Gunmen shot dead the guard of a power station near Baiji on Tuesday and wounded his brother, police said.',
        ],
        'en',
        '2021-04-07',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('a toll over a span is no incident', () => {
  it('"since the assault on the last enclave began": the words naming the assault may be many', () => {
    const result = ingest(
      [
        "Shelling kills children in Syria's Idlib",
        '',
        'BEIRUT (AP) — Shelling on a school in Khan Shaykhun killed three children on Monday, rescuers said.',
        '',
        'Over 300 people have been killed since the government assault on the last opposition enclave began on May 2, according to the monitor.',
      ].join('\n'),
      { published: '2019-06-11' },
    );
    expect(result.ok && result.draft.incidents.map((x) => x.killed)).toEqual([3]);
  });
});

describe('a clause told more exactly is one clause', () => {
  it('"في وقت سابق من هذا الأسبوع، وتحديداً مساء الأحد 5 آذار": the exact day is the event\'s', () => {
    const [incident] = extractIncidents(
      splitSentences(
        [
          'استهدفت طائرة مسيرة، في وقت سابق من هذا الأسبوع، وتحديداً مساء الأحد 5 آذار، عجلة قرب ناحية سيدكان شمالي أربيل.',
          'وقال مصدر محلي إن الضربة أسفرت عن مقتل شخصين كانا داخل العجلة.',
        ],
        'ar',
      ),
      { lang: 'ar', published: '2023-03-08', resolvePlace, titlePlace: null },
    );
    expect([incident?.date?.from, incident?.date?.to, incident?.killed]).toEqual([
      '2023-03-05',
      '2023-03-05',
      2,
    ]);
  });
});

describe('a victim named again is no one more', () => {
  it('"وأضاف أن الضابط القتيل كان آمر النقطة": the slain officer told of again, not a new death', () => {
    const result = ingest(
      [
        'مقتل ضابط وشرطيين بهجوم مسلح شمالي بغداد',
        '',
        'قتل ضابط برتبة ملازم وشرطيان، وأصيب اثنان آخران، مساء أمس، بهجوم مسلح على نقطة تفتيش في قضاء الطارمية شمالي بغداد.',
        'وأضاف المصدر أن الضابط القتيل (31 عاماً) كان آمر النقطة، وأن الجرحى نقلوا إلى مستشفى الكاظمية.',
      ].join('\n'),
      { published: '2022-05-10' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[3, 2]]);
  });
});
