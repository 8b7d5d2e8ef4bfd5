import { renderAsync } from '@resvg/resvg-js';

export type Rasterise = (svg: string) => Promise<Buffer>;

/**
 * SVG → PNG with resvg (text shaped by rustybuzz), on libuv's thread pool so the bot keeps
 * answering meanwhile. Only the given font files are used: system fonts are off.
 */
export function createRasteriser(fontFiles: readonly string[]): Rasterise {
  return async (svg) => {
    const image = await renderAsync(svg, {
      font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: 'Noto Sans' },
      fitTo: { mode: 'original' },
      background: '#ffffff',
    });
    return image.asPng();
  };
}
