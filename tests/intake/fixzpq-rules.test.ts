// Rules added on the misses of probe-zp and probe-zq (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a mass grave named in a side clause of a roundup lead leaves the day’s items events', () => {
  it('keeps the items of "شهدت ثلاث محافظات سلسلة هجمات، فيما عثر على مقبرة جماعية"', () => {
    expect(
      tolls(
        [
          'شهدت محافظات بابل والأنبار وواسط، اليوم الثلاثاء، عدة خروقات أمنية، فيما انتشلت فرق الطب العدلي رفات 22 شخصاً من مقبرة جماعية في سنجار.',
          'ففي بابل، قتل مزارع بنيران مسلحين مجهولين قرب ناحية جرف النصر.',
          'وفي واسط، أصيب ثلاثة أشخاص بانفجار عبوة ناسفة على طريق زراعي في قضاء الصويرة.',
        ],
        'ar',
      ),
    ).toEqual([
      { killed: 1, wounded: null },
      { killed: null, wounded: 3 },
    ]);
  });
  it('keeps the items of "…, while a mass grave was exhumed…"', () => {
    expect(
      tolls(
        [
          'Three provinces saw a string of attacks on Tuesday, while forensic teams exhumed the remains of 22 people from a mass grave near Sinjar.',
          'In Babil, gunmen shot dead a farmer near Jurf al-Nasr.',
          'In Wasit, a roadside bomb wounded three people in Suwaira.',
        ],
        'en',
      ),
    ).toEqual([
      { killed: 1, wounded: null },
      { killed: null, wounded: 3 },
    ]);
  });
});
