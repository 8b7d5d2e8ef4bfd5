// The pieces intake patterns are built from: a word list is one group, whatever a pattern writes beside it.
import { describe, expect, it } from 'vitest';
import { anyOf, matchForms } from '../../src/intake/reading/word-pattern.js';

describe('anyOf', () => {
  it('is a group of its own: a space written after it binds to every word, not only the last', () => {
    const these = new RegExp(`^(?:${anyOf(['هذا', 'هذه'])}\\s+)?البيت$`, 'u');
    expect(these.test('هذا البيت')).toBe(true);
    expect(these.test('هذه البيت')).toBe(true);
    expect(these.test('هذاالبيت')).toBe(false);
  });

  it('binds what stands before and after it to every word: "x(a|b)y", not "xa|by"', () => {
    const day = new RegExp(`^في ${anyOf(['اليوم', 'الشهر'])} ذاته$`, 'u');
    expect(day.test('في اليوم ذاته')).toBe(true);
    expect(day.test('في الشهر ذاته')).toBe(true);
    expect(day.test('في اليوم')).toBe(false);
    expect(day.test('الشهر ذاته')).toBe(false);
  });

  it("captures nothing: a pattern's own groups keep their numbers", () => {
    const m = new RegExp(`(\\d+) ${anyOf(['قتيلا', 'جريحا'])} (\\d+)`, 'u').exec('5 قتيلا 3');
    expect(m?.slice(1)).toEqual(['5', '3']);
  });

  it('holds each word in the matching form the text is compared in', () => {
    expect(anyOf(['أصيب', 'إصابة'])).toBe(`(?:${matchForms(['أصيب', 'إصابة']).join('|')})`);
    expect(new RegExp(anyOf(['أصيب']), 'u').test(matchForms(['أصيب'])[0]!)).toBe(true);
  });
});
