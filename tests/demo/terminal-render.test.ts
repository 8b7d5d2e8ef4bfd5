import { describe, expect, it } from 'vitest';
import { renderButtons, renderHtmlForTerminal } from '../../src/demo/terminal-render.js';

describe('terminal rendering', () => {
  it('shows plain text with entities decoded and links spelled out', () => {
    expect(
      renderHtmlForTerminal(
        '<b>Hawija</b> &lt;4&gt; &amp; <a href="https://x.org/?a=1&amp;b=2">src</a> &#1605;',
        false,
      ),
    ).toBe('Hawija <4> & src (https://x.org/?a=1&b=2) م');
  });

  it('turns tags into ANSI styles when colour is on', () => {
    expect(renderHtmlForTerminal('<b>x</b><i>y</i>', true)).toBe('\x1b[1mx\x1b[22m\x1b[3my\x1b[23m');
  });

  it('numbers buttons across rows', () => {
    expect(renderButtons([['A', 'B'], ['C']], false)).toBe('[1] A  [2] B\n[3] C');
  });
});
