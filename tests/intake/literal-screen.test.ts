// The words a pattern's every match holds, read from its source (literal-screen.ts): never a word a match may lack.
import { describe, expect, it } from 'vitest';
import { mayMatch, neededWords } from '../../src/intake/reading/literal-screen.js';

describe('the words every match holds', () => {
  it('a word list needs one of its words, whatever the lookarounds and proclitics around it', () => {
    expect(
      neededWords(/(?<![\p{L}\p{N}])[وف]?(?:الجيش|قوات النظام)(?![\p{L}\p{N}])|(?:army|regime forces)/u),
    ).toEqual(['الجيش', 'قوات النظام', 'army', 'regime forces']);
  });

  it('joins the pieces known exactly, optional ones included, up to a piece that is not', () => {
    expect(neededWords(/iraqi f ?16s?(?: jets)?/u)).toEqual(['iraqi f16', 'iraqi f 16']);
    expect(neededWords(/\d+ killed/u)).toEqual([' killed']);
    expect(neededWords(/[^a]bc/u)).toEqual(['bc']);
  });

  it('needs nothing of a pattern that may match nothing, or one it cannot read', () => {
    expect(neededWords(/a|b?/u)).toBeNull();
    expect(neededWords(/(a)\1/u)).toBeNull();
    expect(neededWords(/abc/iu)).toBeNull();
  });

  it('lets through every text a pattern matches', () => {
    const pattern = /(?<![\p{L}])(?:في|خلال)\s+(?:الأسبوع|الشهر) (?:الماضي|الجاري)/u;
    for (const text of ['وقتل في الشهر الماضي', 'خلال  الأسبوع الجاري', 'لا شيء هنا', 'الشهر'])
      if (pattern.test(text)) expect(mayMatch(pattern, text)).toBe(true);
    expect(mayMatch(pattern, 'لا شيء هنا')).toBe(false);
  });
});
