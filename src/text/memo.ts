/**
 * Remembers a pure string function's answers. The intake asks the same few thousand sentences and
 * place names to be normalised over a million times per thousand articles; the cache is emptied
 * when it reaches `limit` entries so a long-running process cannot grow it without bound.
 */
export function memoByString<T>(fn: (s: string) => T, limit: number): (s: string) => T {
  const answers = new Map<string, T>();
  return (s) => {
    const known = answers.get(s);
    if (known !== undefined) return known;
    const answer = fn(s);
    if (answers.size >= limit) answers.clear();
    answers.set(s, answer);
    return answer;
  };
}

/**
 * Remembers a pure function's answer per object, for as long as the object lives: the intake's
 * readers ask for the same clause view's numbers, dates and actors, and the same index's scans, many
 * times over.
 */
export function memoByObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  const answers = new WeakMap<K, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = fn(key);
    answers.set(key, answer);
    return answer;
  };
}
