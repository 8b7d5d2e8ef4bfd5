/** Renders the bot's Telegram HTML for a terminal: tags as ANSI styling (or plain), entities decoded. */

const STYLES: Record<string, [string, string]> = {
  b: ['\x1b[1m', '\x1b[22m'],
  strong: ['\x1b[1m', '\x1b[22m'],
  i: ['\x1b[3m', '\x1b[23m'],
  em: ['\x1b[3m', '\x1b[23m'],
  u: ['\x1b[4m', '\x1b[24m'],
  ins: ['\x1b[4m', '\x1b[24m'],
  s: ['\x1b[9m', '\x1b[29m'],
  strike: ['\x1b[9m', '\x1b[29m'],
  del: ['\x1b[9m', '\x1b[29m'],
  code: ['\x1b[36m', '\x1b[39m'],
  pre: ['\x1b[36m', '\x1b[39m'],
  a: ['\x1b[4;34m', '\x1b[24;39m'],
  blockquote: ['\x1b[2m', '\x1b[22m'],
};

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#\d+|#x[\da-f]+);/gi, (_, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    return String.fromCodePoint(
      lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1)),
    );
  });
}

export function renderHtmlForTerminal(html: string, color: boolean): string {
  const links: string[] = [];
  const out = html.replace(/<(\/?)([a-z-]+)([^>]*)>/gi, (_, closing: string, tag: string, attrs: string) => {
    const name = tag.toLowerCase();
    if (name === 'a') {
      if (!closing) links.push(decodeEntities(/href="([^"]*)"/i.exec(attrs)?.[1] ?? ''));
      else {
        const href = links.pop();
        return `${color ? STYLES.a![1] : ''}${href ? ` (${href})` : ''}`;
      }
    }
    const style = STYLES[name];
    return style && color ? style[closing ? 1 : 0] : '';
  });
  return decodeEntities(out);
}

/** Inline keyboard rows as numbered buttons: "[1] Incidents  [2] Figures". */
export function renderButtons(labels: string[][], color: boolean): string {
  let n = 0;
  return labels
    .map((row) =>
      row.map((label) => `${color ? '\x1b[7m' : ''}[${++n}] ${label}${color ? '\x1b[27m' : ''}`).join('  '),
    )
    .join('\n');
}
