// The model of one question, "is this the death of someone already counted among the wounded (or the
// dead) of the event just told?" (src/intake/tolls/wounded-died/): its readers of a clause, each on wording
// written for it, and the incident it leaves.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';
import { normalizeForMatch } from '../../src/text/normalize.js';
import {
  alsoHit,
  diedOfWounds,
  diedOfWoundsAt,
  diesOfWounds,
  oneOfWoundedDied,
  woundedSinceDead,
} from '../../src/intake/tolls/wounded-died/phrases.js';
import { diedWhereWounded, toldOneDied } from '../../src/intake/tolls/wounded-died/clause.js';

const m = normalizeForMatch;
const NONE = { killed: null, wounded: null, attackersKilled: null };

describe('how many of the wounded a clause tells dead since', () => {
  it('counts "two of the injured succumbed" and "وتوفي أحد الجرحى لاحقاً"', () => {
    expect(diedOfWounds(m('two of the injured succumbed overnight'))).toBe(2);
    expect(diedOfWounds(m('وتوفي أحد الجرحى لاحقاً في المستشفى'))).toBe(1);
    expect(diedOfWounds(m('وفارقت أخرى الحياة متأثرة بجراحها'))).toBe(1);
  });
  it('reads none in a clause that counts fresh wounded', () => {
    expect(diedOfWounds(m('five people were wounded in the blast'))).toBeNull();
  });
  it('finds "died of his wounds" and "متأثراً بجراحه", and where', () => {
    expect(diesOfWounds(m('a policeman later died of his wounds'))).toBe(true);
    expect(diedOfWoundsAt(m('ثم فارق الحياة متأثراً بجراحه'))).toBeGreaterThan(0);
    expect(diedOfWoundsAt(m('قتل شرطي في الهجوم'))).toBe(-1);
  });
  it('tells one named person dead of wounds, not "the other" of a pair', () => {
    expect(oneOfWoundedDied(m('وأضاف أن خالد توفي متأثراً بجراحه'), false, true)).toBe(true);
    expect(oneOfWoundedDied(m('فيما توفي الآخر متأثراً بإصابته'), false, true)).toBe(false);
  });
  it('moves "one of whom later died" and "توفي أحدهم" from the wounded counted before', () => {
    expect(woundedSinceDead(m('wounding three, one of whom later died'), 0, 3)).toBe(1);
    expect(woundedSinceDead(m('وأصيب خمسة، ثم فارق اثنان منهم الحياة'), 0, 5)).toBe(2);
    expect(woundedSinceDead(m('wounding three others'), 0, 3)).toBe(0);
  });
  it('reads "the guard died of his wounds" as one told of before, not an attacker', () => {
    expect(toldOneDied(m('the guard later died of his wounds'), NONE)).toBe(true);
    expect(toldOneDied(m('the gunman died of his wounds'), NONE)).toBe(false);
  });
  it('makes the one wounded who died in the same clause one dead', () => {
    const text = m('and wounding his brother, who died of his wounds in hospital');
    expect(diedWhereWounded(text, { ...NONE, wounded: 1 })).toEqual({ ...NONE, killed: 1, diedSince: 1 });
  });
  it('reads victims hit "also"', () => {
    expect(alsoHit(m('two passers-by were also killed'))).toBe(true);
    expect(alsoHit(m('Government shelling also killed three farm workers'))).toBe(false);
  });
});

describe('the incident that takes the death', () => {
  it('gives an event of wounded only its first dead', () => {
    expect(
      tolls(
        [
          'A mortar round wounded four people in a market in Tal Afar on Monday.',
          'One of the wounded later died.',
        ],
        'en',
        '2019-04-02',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
  it('adds one dead of wounds to the dead counted', () => {
    expect(
      tolls(
        [
          'قتل شخصان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة في قضاء الطارمية يوم الأحد.',
          'وتوفي أحد الجرحى لاحقاً متأثراً بجراحه.',
        ],
        'ar',
        '2019-04-02',
      ),
    ).toEqual([{ killed: 3, wounded: 2 }]);
  });
});
