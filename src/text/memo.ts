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
