// A sentence does not end inside parentheses.

/** More "(" than ")" in the text: a parenthesis opened and not yet closed. */
export function leavesParenthesisOpen(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}
