// Rules added on the opened probe-y (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });
const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  run(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('an event told as like the one before, at a village the gazetteer does not know, lies where that one did', () => {
  it('"هجوم مماثل قرب قرية …" after an attack in Diyala is in Diyala', () => {
    expect(
      told(
        [
          'قتل ثلاثة جنود بهجوم لمسلحين على نقطة عسكرية في قضاء المقدادية بمحافظة ديالى، مساء أمس.',
          'وكان هجوم مماثل قد أدى مطلع الشهر إلى مقتل جنديين قرب قرية أم الرزازة.',
        ],
        'ar',
        '2021-03-10',
      ).map(([governorate]) => governorate),
    ).toEqual(['Diyala', 'Diyala']);
  });
  it('"a similar attack near …" after one in Kirkuk is in Kirkuk', () => {
    expect(
      told(
        [
          'Militants killed four policemen in an attack on a checkpoint in Kirkuk province on Sunday.',
          'Last month a similar attack killed two soldiers near the village of Tal Ghazal.',
        ],
        'en',
        '2015-04-02',
      ).map(([governorate]) => governorate),
    ).toEqual(['Kirkuk', 'Kirkuk']);
  });
});
