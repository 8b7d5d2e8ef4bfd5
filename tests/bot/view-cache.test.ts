import { describe, expect, it } from 'vitest';
import { createVersionedCache } from '../../src/bot/view-cache.js';

describe('createVersionedCache', () => {
  it('builds a value once per key and version', () => {
    const cache = createVersionedCache<string>(10);
    let builds = 0;
    const build = () => `value ${++builds}`;
    expect(cache.get(1, 'a', build)).toBe('value 1');
    expect(cache.get(1, 'a', build)).toBe('value 1');
    expect(cache.get(1, 'b', build)).toBe('value 2');
    expect(builds).toBe(2);
  });

  it('a new version drops every value of the old one', () => {
    const cache = createVersionedCache<string>(10);
    cache.get(1, 'a', () => 'old a');
    cache.get(1, 'b', () => 'old b');
    expect(cache.get(2, 'a', () => 'new a')).toBe('new a');
    expect(cache.size).toBe(1);
    expect(cache.get(2, 'b', () => 'new b')).toBe('new b');
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const cache = createVersionedCache<string>(2);
    cache.get(1, 'a', () => 'a1');
    cache.get(1, 'b', () => 'b1');
    cache.get(1, 'a', () => 'a2'); // a is now the most recent
    cache.get(1, 'c', () => 'c1'); // b goes
    expect(cache.size).toBe(2);
    expect(cache.get(1, 'a', () => 'a3')).toBe('a1');
    expect(cache.get(1, 'b', () => 'b2')).toBe('b2');
  });

  it('rejects a size that cannot hold anything', () => {
    expect(() => createVersionedCache(0)).toThrow(RangeError);
    expect(() => createVersionedCache(1.5)).toThrow(RangeError);
  });
});
