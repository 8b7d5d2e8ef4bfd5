import { PNG } from 'pngjs';
import { rgb } from '../../src/pictures/palette.js';

export interface Decoded {
  width: number;
  height: number;
  /** [r, g, b] at a pixel. */
  at(x: number, y: number): [number, number, number];
  /** Distinct colours, to tell a drawing from a blank page. */
  colours(): number;
}

export function decodePng(bytes: Buffer): Decoded {
  const png = PNG.sync.read(bytes);
  const at = (x: number, y: number): [number, number, number] => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  return {
    width: png.width,
    height: png.height,
    at,
    colours() {
      const seen = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4)
        seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
      return seen.size;
    },
  };
}

/** Whether a pixel is the palette colour (within antialiasing/opacity tolerance). */
export function near(pixel: [number, number, number], hex: string, tolerance = 40): boolean {
  const want = rgb(hex);
  return pixel.every((v, i) => Math.abs(v - want[i]!) <= tolerance);
}
