import { describe, expect, it } from 'vitest';
import { memoByObject, memoByString } from '../../src/text/memo.js';

describe('memoByString', () => {
  it('asks the function once per string and gives back its answer', () => {
    const asked: string[] = [];
    const upper = memoByString((s) => {
      asked.push(s);
      return s.toUpperCase();
    }, 10);
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(asked).toEqual(['a', 'b']);
  });

  it('forgets everything once it holds `limit` answers, and still answers right', () => {
    const asked: string[] = [];
    const length = memoByString((s) => {
      asked.push(s);
      return s.length;
    }, 2);
    length('a');
    length('bb');
    length('ccc'); // full: the cache is emptied before "ccc" is kept
    length('a');
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
    expect(length('ccc')).toBe(3);
    expect(asked).toHaveLength(4);
  });
});

describe('memoByObject', () => {
  it('asks the function once per object, even when its answer is null, and tells equal objects apart', () => {
    const asked: object[] = [];
    const firstWord = memoByObject((view: { text: string }) => {
      asked.push(view);
      return view.text.split(' ')[0] || null;
    });
    const one = { text: 'three killed' };
    const same = { text: 'three killed' };
    const empty = { text: '' };
    expect([firstWord(one), firstWord(one), firstWord(same), firstWord(empty), firstWord(empty)]).toEqual([
      'three',
      'three',
      'three',
      null,
      null,
    ]);
    expect(asked).toEqual([one, same, empty]);
  });
});
