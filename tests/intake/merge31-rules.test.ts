// Where this stop's rules met each other or older ones (issue 12, the thirty-first stop's merge): each
// narrowing on invented sentences, the shape the full eval found worse.
import { describe, expect, it } from 'vitest';
import { atTheBareTown } from '../../src/intake/places/bare-town.js';
import { matchView } from '../../src/intake/reading/view.js';

const bare = (s: string) => atTheBareTown(matchView(s).text);

describe('bodies found at "the town", bare, are no blow struck there (bare-town.ts)', () => {
  it("a blow at the bare town still points back to the article's town", () => {
    expect(bare('Mortar rounds fell on the town on Sunday, killing a boy.')).toBe(true);
    expect(bare('قتل رجلان بقصف مدفعي على البلدة مساء أمس.')).toBe(true);
  });
  it('bodies found there do not', () => {
    expect(bare('The bodies of 12 farmers were found in a ditch outside the town on Monday.')).toBe(false);
    expect(bare('وعثر الأهالي على جثث ثمانية رعاة قرب البلدة.')).toBe(false);
  });
});
