/**
 * Pairs each of `lefts` with at most one of `rights` and back: a maximum matching over the pairs
 * that `agree`, then grown over the remaining pairs that are merely `same` (the same event). Growing
 * never costs an agreeing pair: where an augmenting path takes a left from a right it agrees with,
 * that right must be re-paired with another left it agrees with. `order` lists the rights to pair,
 * in turn. Returns right index → left index.
 */
export function pairUp<L, R>(
  lefts: readonly L[],
  rights: readonly R[],
  order: readonly number[],
  same: (left: L, right: R) => boolean,
  agree: (left: L, right: R) => boolean,
): Map<number, number> {
  const leftOf = new Map<number, number>();
  const rightOf = new Map<number, number>();
  const agrees = (l: number, r: number): boolean =>
    same(lefts[l]!, rights[r]!) && agree(lefts[l]!, rights[r]!);
  const any = (l: number, r: number): boolean => same(lefts[l]!, rights[r]!);
  /** `strict`: only pairs that agree may take `r` (first pass, or a right an agreeing pair was taken from). */
  const augment = (r: number, strict: boolean, visited: Set<number>): boolean => {
    for (let l = 0; l < lefts.length; l++) {
      if (visited.has(l) || !(strict ? agrees(l, r) : any(l, r))) continue;
      visited.add(l);
      const other = rightOf.get(l);
      if (other === undefined || augment(other, strict || agrees(l, other), visited)) {
        rightOf.set(l, r);
        leftOf.set(r, l);
        return true;
      }
    }
    return false;
  };
  order.forEach((r) => augment(r, true, new Set()));
  order.forEach((r) => {
    if (!leftOf.has(r)) augment(r, false, new Set());
  });
  return leftOf;
}
