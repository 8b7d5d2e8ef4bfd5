import type { Language } from '../content/schema.js';
import { isolateAs, stripBidiControls } from '../i18n/bidi.js';

/** The fonts the rasteriser is given (see fonts.ts); never the system's. */
export const FONT_FAMILY: Record<Language, string> = {
  ar: "'Noto Sans Arabic', 'Noto Sans'",
  en: "'Noto Sans', 'Noto Sans Arabic'",
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Numbers in SVG attributes: one decimal is finer than a pixel needs. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  lang: Language;
  /** Where x is: the start, middle or end of the text in the page's left-to-right sense. */
  align?: 'left' | 'center' | 'right';
  weight?: 'normal' | 'bold';
  fill?: string;
  /** A white outline under the letters, so labels stay readable over borders and circles. */
  halo?: boolean;
  className?: string;
}

/**
 * One line of text, shaped by the rasteriser (Arabic letters joined). resvg lays every line out
 * with a left-to-right base direction and ignores the `direction` attribute, so an Arabic line is
 * wrapped in a right-to-left isolate: its runs (numbers, Latin names, the final full stop) are then
 * ordered as an Arabic reader expects (checked on rendered pixels in tests/pictures). Alignment is
 * given in page terms (left, centre, right).
 */
export function textLine(text: string, o: TextOptions): string {
  const rtl = o.lang === 'ar';
  const align = o.align ?? (rtl ? 'right' : 'left');
  // resvg anchors in page terms whatever the direction: start is the left edge, end the right.
  const anchor = align === 'center' ? 'middle' : align === 'left' ? 'start' : 'end';
  const attrs = [
    `x="${n(o.x)}"`,
    `y="${n(o.y)}"`,
    `font-size="${n(o.size)}"`,
    `font-family="${FONT_FAMILY[o.lang]}"`,
    `text-anchor="${anchor}"`,
    o.weight === 'bold' ? 'font-weight="bold"' : '',
    `fill="${o.fill ?? '#1d1d1f'}"`,
    o.halo ? 'stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"' : '',
    o.className ? `class="${o.className}"` : '',
  ].filter(Boolean);
  // Bidi controls from content could close or leak into ours: they go, the isolate does their work.
  const plain = stripBidiControls(text);
  return `<text ${attrs.join(' ')}>${escapeXml(rtl ? isolateAs('ar', plain) : plain)}</text>`;
}

/**
 * Approximate advance width of a line, for layout only (wrapping, label boxes). Noto Sans averages
 * about 0.55 em per Latin character; joined Arabic is narrower per character.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of stripBidiControls(text)) {
    if (/[\u0600-\u06FF]/.test(c)) em += /[\u064B-\u065F\u0670]/.test(c) ? 0 : 0.56;
    else if (/[0-9]/.test(c)) em += 0.57;
    else if (c === ' ') em += 0.26;
    else if (/[ilj.,:;'’|!]/.test(c)) em += 0.3;
    else if (/[A-Z]/.test(c)) em += 0.66;
    else em += 0.56;
  }
  return em * size;
}

/** Breaks text into at most `maxLines` lines of `maxWidth`, ending with "…" when it is cut. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = stripBidiControls(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, size) <= maxWidth || current === '') {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && textWidth(`${last} …`, size) > maxWidth)
    last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last} …`;
  return kept;
}

export interface Size {
  width: number;
  height: number;
}

export function svgDocument(size: Size, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<rect width="${size.width}" height="${size.height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}
