/** Colours shared by the map and the chart, so the legend reads the same in both (and tests find them). */
export const PALETTE = {
  killed: '#c0392b',
  wounded: '#f39c12',
  noCasualties: '#6c7a89',
  /** Countries the incidents are in. */
  land: '#ece6d6',
  landStroke: '#8a8270',
  /** Their neighbours, faintly. */
  neighbour: '#f5f3ee',
  neighbourStroke: '#cfc9bb',
  water: '#e3edf4',
  text: '#1d1d1f',
  muted: '#5f6368',
  grid: '#e3e3e3',
} as const;

/** A palette colour as [r, g, b]. */
export function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
