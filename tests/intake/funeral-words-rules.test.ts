// The funeral's words are read once (events/funeral.ts), by the date rules and by the count of those
// who fell fighting off an attack alike, and they open a clause on "and" as often as not.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a funeral told on "and" ("وشيّع"): the burial is not the killing', () => {
  it('the bodies of men who fell fighting off an attack: their count, on the day they fell', () => {
    expect(
      ingested(
        'تشييع مقاتلين في هيت',
        [
          'وشيّع أهالي ناحية البغدادي غربي الأنبار، اليوم الثلاثاء، جثامين ستة من أبناء العشائر الذين سقطوا خلال صد هجوم شنه مسلحون ليلة أمس الاثنين على أطراف الناحية.',
          'وأفاد مصدر محلي بأن المهاجمين خسروا 15 عنصراً في المواجهات.',
        ],
        '2016-03-15',
      ),
    ).toEqual([{ from: '2016-03-14', to: '2016-03-15', governorate: 'Anbar', killed: 6, wounded: null }]);
  });
});
