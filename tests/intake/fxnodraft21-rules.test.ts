// Rules from the fxnodraft21 round (issue 12, gold incidents never drafted): an event told with no
// place of its own, in a story a local page named for its town filed from that town; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';
import { localOutletOfTown } from '../../src/intake/places/filed-from.js';

describe('a local page named for the town it files from: an unplaced event lies around that town', () => {
  const body = [
    'قُتل خمسة مدنيين وأصيب ثلاثة آخرون، مساء اليوم الأربعاء، بقذيفة سقطت على سوق شعبي قرب الجسر القديم.',
  ];
  it('"تلعفر - صفحة أخبار تلعفر", then a blow placed only "قرب الجسر القديم"', () => {
    expect(
      ingested('قذيفة تقتل خمسة مدنيين', ['تلعفر - صفحة أخبار تلعفر', ...body], '2016-03-09', 'ar'),
    ).toEqual([{ from: '2016-03-09', to: '2016-03-09', governorate: 'Nineveh', killed: 5, wounded: 3 }]);
  });
  it('an office line whose outlet is named otherwise places nothing', () => {
    expect(
      ingested('قذيفة تقتل خمسة مدنيين', ['تلعفر - شبكة الرافدين', ...body], '2016-03-09', 'ar'),
    ).toEqual([]);
  });
  it('the outlet names the town with or without its article', () => {
    expect(localOutletOfTown('الموصل - صفحة أخبار الموصل الحدباء')).toBe(true);
    expect(localOutletOfTown('داريا - شبكة أخبار داريا')).toBe(true);
    expect(localOutletOfTown('كوباني – روناهي')).toBe(false);
  });
});
