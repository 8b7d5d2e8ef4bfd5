// Places that lose an incident (issue 12, fxplace): each rule on wording written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's governorate (English), first day and counts. */
function drafted(
  text: string,
  published: string,
): { governorate: string | undefined; from: string; killed: unknown; wounded: unknown }[] {
  const result = ingest(text, { published });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((x) => ({
    governorate: x.place.governorate?.en,
    from: x.date.from,
    killed: x.killed,
    wounded: x.wounded,
  }));
}

describe('small places the gazetteer knows, with their real governorate', () => {
  it('Khwakurk / Hakurk, the PKK valley of Soran district: Erbil', () => {
    expect(
      drafted(
        'Turkish jets strike PKK\n\nTurkish jets bombed a PKK camp in the Hakurk valley on Monday, killing four fighters, the group said.',
        '2020-05-12',
      ),
    ).toEqual([{ governorate: 'Erbil', from: '2020-05-11', killed: 4, wounded: null }]);
  });

  it('Khor Mor, the gas field of Chamchamal district: Sulaymaniyah', () => {
    expect(
      drafted(
        'Drone hits gas field\n\nA drone struck the Khor Mor gas field on Friday, wounding three guards, officials said.',
        '2023-01-14',
      ),
    ).toEqual([{ governorate: 'Sulaymaniyah', from: '2023-01-13', killed: null, wounded: 3 }]);
  });

  it('أبو دشير, a quarter of Dora in the south of the capital: Baghdad', () => {
    expect(
      drafted(
        'مقتل شخص بعبوة ناسفة\n\nقتل شخص وأصيب اثنان آخران بانفجار عبوة ناسفة قرب محطة وقود في منطقة أبو دشير صباح اليوم الأحد.',
        '2016-02-07',
      ),
    ).toEqual([{ governorate: 'Baghdad', from: '2016-02-07', killed: 1, wounded: 2 }]);
  });
});

describe('Makhmour, disputed between Erbil and Nineveh, is Nineveh as most gold has it', () => {
  it.each([
    [
      'Mortar fire on Makhmour\n\nTwo shepherds were killed by mortar fire on the edge of Makhmour on Sunday, a local official said.',
    ],
    ['قصف على مخمور\n\nقتل راعيان بقصف بقذائف الهاون على أطراف قضاء مخمور يوم الأحد، بحسب مسؤول محلي.'],
  ])('%s', (text) => {
    expect(drafted(text, '2021-09-14')).toEqual([
      { governorate: 'Nineveh', from: '2021-09-12', killed: 2, wounded: null },
    ]);
  });
});
