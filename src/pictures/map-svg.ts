import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { countryName } from '../briefing/place.js';
import type { Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import type { MapData, MapMarker } from './map-data.js';
import { PALETTE } from './palette.js';
import { n, svgDocument, textLine, textWidth, wrapText, type Size } from './svg.js';
import { NAMED_COUNTRIES, NUMERIC_ID, type World } from './world.js';

export const MAP_SIZE: Size = { width: 1200, height: 900 };

/** A map never zooms closer than this many degrees across, so a single town still shows its region. */
const MIN_SPAN_DEGREES = 4;
const PAD = 28;
const MAX_RADIUS = 42;
const MIN_RADIUS = 11;
const LABEL_SIZE = 19;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a marker is drawn, and its radius. */
export interface PlacedMarker {
  marker: MapMarker;
  x: number;
  y: number;
  radius: number;
}

export interface MapLayout {
  frame: Box;
  projection: GeoProjection;
  markers: PlacedMarker[];
}

/** Incident numbers as the label shows them: "1" or "1, 3" ("1، 3" in Arabic). */
export function numbersText(numbers: readonly number[], lang: Language): string {
  return numbers.join(catalogue(lang).listSeparator);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function overlapArea(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
    Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0))
  );
}

/**
 * The projection fitted to the markers (at least MIN_SPAN_DEGREES across, with a margin), and each
 * marker's position and radius: area proportional to killed + wounded, relative to the largest.
 */
export function layoutMap(data: MapData, size: Size = MAP_SIZE): MapLayout {
  const frame: Box = { x0: PAD, y0: 140, x1: size.width - PAD, y1: size.height - 140 };
  const lons = data.markers.map((m) => m.lon);
  const lats = data.markers.map((m) => m.lat);
  const centre = [
    (Math.min(...lons) + Math.max(...lons)) / 2,
    (Math.min(...lats) + Math.max(...lats)) / 2,
  ] as const;
  const halfLon = Math.max(MIN_SPAN_DEGREES, (Math.max(...lons) - Math.min(...lons)) * 1.3) / 2;
  const halfLat = Math.max(MIN_SPAN_DEGREES * 0.75, (Math.max(...lats) - Math.min(...lats)) * 1.3) / 2;
  const inset = MAX_RADIUS + 8;
  const projection = geoMercator().fitExtent(
    [
      [frame.x0 + inset, frame.y0 + inset],
      [frame.x1 - inset, frame.y1 - inset],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [centre[0] - halfLon, centre[1] - halfLat],
        [centre[0] + halfLon, centre[1] + halfLat],
      ],
    },
  );
  // Outlines are cut at the frame: smaller paths, and country labels centred on what shows.
  projection.clipExtent([
    [frame.x0, frame.y0],
    [frame.x1, frame.y1],
  ]);
  const largest = Math.max(1, ...data.markers.map((m) => m.killed + m.wounded));
  const markers = data.markers.map((marker) => {
    const [x, y] = projection([marker.lon, marker.lat]) ?? [0, 0];
    const total = marker.killed + marker.wounded;
    const radius =
      total === 0 ? MIN_RADIUS - 2 : MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(total / largest);
    return { marker, x, y, radius };
  });
  return { frame, projection, markers };
}

/** Countries' names, faintly, at the middle of what the map shows of them; only those with room. */
function countryLabelsSvg(world: World, layout: MapLayout, lang: Language): string[] {
  const path = geoPath(layout.projection);
  const markers: Box[] = layout.markers.map(({ x, y, radius }) => ({
    x0: x - radius - 70,
    y0: y - radius - 14,
    x1: x + radius + 70,
    y1: y + radius + 14,
  }));
  const out: string[] = [];
  for (const country of world.countries) {
    const code = NAMED_COUNTRIES[country.id];
    if (code === undefined) continue;
    const [x, y] = path.centroid(country.geometry);
    if (!Number.isFinite(x) || !Number.isFinite(y) || path.area(country.geometry) < 12_000) continue;
    const name = countryName(code, lang);
    const width = textWidth(name, 24);
    const box = { x0: x - width / 2, y0: y - 20, x1: x + width / 2, y1: y + 6 };
    const { frame } = layout;
    if (box.x0 < frame.x0 + 4 || box.x1 > frame.x1 - 4 || box.y0 < frame.y0 + 4 || box.y1 > frame.y1 - 4)
      continue;
    if (markers.some((m) => overlaps(m, box))) continue;
    out.push(
      textLine(name, { x, y, size: 24, lang, align: 'center', fill: '#a39d8f', className: 'country' }),
    );
  }
  return out;
}

function countriesSvg(
  world: World,
  projection: GeoProjection,
  frame: Box,
  highlighted: ReadonlySet<string>,
): string[] {
  const path = geoPath(projection).digits(1);
  // Countries whose bounding box misses the frame are skipped before projecting them.
  const [[west, north], [east, south]] = [
    projection.invert!([frame.x0, frame.y0])!,
    projection.invert!([frame.x1, frame.y1])!,
  ];
  const visible = world.countries.filter(
    ({ bounds: [[w, s], [e, nn]] }) => e >= west && w <= east && nn >= south && s <= north,
  );
  const shapes = visible
    .sort((a, b) => Number(highlighted.has(a.id)) - Number(highlighted.has(b.id)))
    .map((c) => {
      const d = path(c.geometry);
      if (!d) return '';
      const own = highlighted.has(c.id);
      return `<path d="${d}" fill="${own ? PALETTE.land : PALETTE.neighbour}" stroke="${own ? PALETTE.landStroke : PALETTE.neighbourStroke}" stroke-width="${own ? 1.4 : 0.8}"/>`;
    });
  return [
    `<rect x="${n(frame.x0)}" y="${n(frame.y0)}" width="${n(frame.x1 - frame.x0)}" height="${n(frame.y1 - frame.y0)}" fill="${PALETTE.water}"/>`,
    ...shapes.filter(Boolean),
    `<rect x="${n(frame.x0)}" y="${n(frame.y0)}" width="${n(frame.x1 - frame.x0)}" height="${n(frame.y1 - frame.y0)}" fill="none" stroke="#b9c3cc"/>`,
  ];
}

/** Killed as an inner circle inside killed + wounded, both by area; grey when nothing is stated. */
function markerSvg({ marker, x, y, radius }: PlacedMarker): string {
  const total = marker.killed + marker.wounded;
  const id = `data-place="${marker.placeId}"`;
  if (total === 0) {
    return `<circle class="marker none" ${id} cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${PALETTE.noCasualties}" fill-opacity="0.85" stroke="#ffffff" stroke-width="2"/>`;
  }
  const killedRadius = radius * Math.sqrt(marker.killed / total);
  return [
    `<g class="marker" ${id}>`,
    marker.wounded > 0
      ? `<circle class="wounded" cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${PALETTE.wounded}" fill-opacity="0.9" stroke="#ffffff" stroke-width="2"/>`
      : '',
    marker.killed > 0
      ? `<circle class="killed" cx="${n(x)}" cy="${n(y)}" r="${n(marker.wounded > 0 ? killedRadius : radius)}" fill="${PALETTE.killed}" stroke="#ffffff" stroke-width="${marker.wounded > 0 ? 1 : 2}"/>`
      : '',
    '</g>',
  ].join('');
}

/**
 * Labels "1. Anbar" beside their markers: the first of right, left, above, below (reading side
 * first) that overlaps no marker and no earlier label, else the one that overlaps least.
 */
function labelsSvg(layout: MapLayout, lang: Language): string[] {
  const taken: Box[] = layout.markers.map(({ x, y, radius }) => ({
    x0: x - radius,
    y0: y - radius,
    x1: x + radius,
    y1: y + radius,
  }));
  const out: string[] = [];
  const byNumber = [...layout.markers].sort((a, b) => a.marker.numbers[0]! - b.marker.numbers[0]!);
  for (const placed of byNumber) {
    const text = `${numbersText(placed.marker.numbers, lang)}. ${placed.marker.name}`;
    const width = textWidth(text, LABEL_SIZE);
    const height = LABEL_SIZE * 1.3;
    const gap = placed.radius + 6;
    const sides = [
      { x0: placed.x + gap, y0: placed.y - height / 2 },
      { x0: placed.x - gap - width, y0: placed.y - height / 2 },
      { x0: placed.x - width / 2, y0: placed.y - gap - height },
      { x0: placed.x - width / 2, y0: placed.y + gap },
    ].map(({ x0, y0 }) => ({ x0, y0, x1: x0 + width, y1: y0 + height }));
    const candidates = lang === 'ar' ? [sides[1]!, sides[0]!, sides[2]!, sides[3]!] : sides;
    const inside = (b: Box) =>
      b.x0 >= layout.frame.x0 &&
      b.x1 <= layout.frame.x1 &&
      b.y0 >= layout.frame.y0 &&
      b.y1 <= layout.frame.y1;
    const cost = (b: Box) => (inside(b) ? 0 : 1e9) + taken.reduce((sum, t) => sum + overlapArea(b, t), 0);
    const box =
      candidates.find((b) => inside(b) && !taken.some((t) => overlaps(b, t))) ??
      [...candidates].sort((a, b) => cost(a) - cost(b))[0]!;
    taken.push(box);
    out.push(
      textLine(text, {
        x: box.x0,
        y: box.y1 - height * 0.28,
        size: LABEL_SIZE,
        lang,
        align: 'left',
        weight: 'bold',
        halo: true,
        className: 'label',
      }),
    );
  }
  return out;
}

function legendSvg(size: Size, y: number, lang: Language): string[] {
  const t = catalogue(lang).pictures.legend;
  const items = [
    { colour: PALETTE.killed, label: t.killed },
    { colour: PALETTE.wounded, label: t.wounded },
    { colour: PALETTE.noCasualties, label: t.noCasualties },
  ];
  const rtl = lang === 'ar';
  const out: string[] = [];
  let cursor = PAD;
  // Laid out from the reading side: left to right in English, right to left in Arabic.
  const place = (width: number) => {
    const start = rtl ? size.width - cursor - width : cursor;
    cursor += width;
    return start;
  };
  for (const item of items) {
    const width = 30 + textWidth(item.label, 18) + 28;
    const x = place(width);
    const swatch = rtl ? x + width - 28 - 12 : x + 12;
    out.push(`<circle class="legend" cx="${n(swatch)}" cy="${n(y - 6)}" r="10" fill="${item.colour}"/>`);
    out.push(
      textLine(item.label, {
        x: rtl ? swatch - 18 : swatch + 18,
        y,
        size: 18,
        lang,
        align: rtl ? 'right' : 'left',
        className: 'legend',
      }),
    );
  }
  const sizeX = place(60);
  const small = rtl ? sizeX + 40 : sizeX + 14;
  out.push(`<circle cx="${n(small)}" cy="${n(y - 6)}" r="6" fill="none" stroke="${PALETTE.muted}"/>`);
  out.push(
    `<circle cx="${n(rtl ? small - 22 : small + 22)}" cy="${n(y - 6)}" r="13" fill="none" stroke="${PALETTE.muted}"/>`,
  );
  out.push(
    textLine(t.size, {
      x: rtl ? size.width - cursor : cursor,
      y,
      size: 18,
      lang,
      fill: PALETTE.muted,
      className: 'legend',
    }),
  );
  return out;
}

/**
 * The map of one article's incidents as SVG: title and date, the countries (those of the
 * incidents drawn stronger), a marker per place sized by its casualties, numbered labels, the
 * legend and the source line. Pure: the borders come in, the string goes out. Needs at least one
 * marker (the caller answers in text otherwise).
 */
export function drawMap(data: MapData, world: World, size: Size = MAP_SIZE): string {
  if (data.markers.length === 0) throw new Error('drawMap needs at least one placed incident');
  const { lang } = data;
  const t = catalogue(lang);
  const layout = layoutMap(data, size);
  // Gazetteer ids start with the country code ("iq-anbar").
  const highlighted = new Set(
    data.markers.map((m) => NUMERIC_ID[m.placeId.slice(0, 2).toUpperCase()]).filter((id) => id !== undefined),
  );
  const titleLines = wrapText(data.title, 30, size.width - 2 * PAD, 2);
  const x = lang === 'ar' ? size.width - PAD : PAD;
  const header = titleLines.map((line, i) =>
    textLine(line, { x, y: 48 + i * 38, size: 30, lang, weight: 'bold', className: 'title' }),
  );
  const dateY = 48 + titleLines.length * 38 - 4;
  header.push(
    textLine(t.pictures.published(data.date), {
      x,
      y: dateY,
      size: 20,
      lang,
      fill: PALETTE.muted,
      className: 'date',
    }),
  );
  const order = [...layout.markers].sort((a, b) => b.radius - a.radius);
  const footer = [
    ...legendSvg(size, size.height - 98, lang),
    textLine(t.pictures.source(data.source ?? t.notStated), {
      x,
      y: size.height - 56,
      size: 20,
      lang,
      className: 'source',
    }),
  ];
  if (data.unplaced.length > 0) {
    const numbers = numbersText(
      data.unplaced.map((u) => u.number),
      lang,
    );
    footer.push(
      textLine(`${t.pictures.notOnMap} ${numbers}`, {
        x,
        y: size.height - 24,
        size: 18,
        lang,
        fill: PALETTE.muted,
        className: 'unplaced',
      }),
    );
  }
  return svgDocument(size, [
    ...header,
    ...countriesSvg(world, layout.projection, layout.frame, highlighted),
    ...countryLabelsSvg(world, layout, lang),
    ...order.map(markerSvg),
    ...labelsSvg(layout, lang),
    ...footer,
  ]);
}
