import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country's outline, with its bounding box to skip countries far outside a map. */
export interface CountryShape {
  /** ISO 3166-1 numeric, as Natural Earth and world-atlas give it ("368" Iraq). */
  id: string;
  geometry: Geometry;
  /** [[west, south], [east, north]] in degrees. */
  bounds: [[number, number], [number, number]];
}

export interface World {
  countries: CountryShape[];
}

/** The alpha-2 codes briefings use, to their ISO numeric ids. */
export const NUMERIC_ID: Readonly<Record<string, string>> = { IQ: '368', SY: '760' };

/** Iraq, Syria and their neighbours by ISO numeric id: the countries a map names. */
export const NAMED_COUNTRIES: Readonly<Record<string, string>> = {
  '368': 'IQ',
  '760': 'SY',
  '792': 'TR',
  '364': 'IR',
  '400': 'JO',
  '682': 'SA',
  '414': 'KW',
  '422': 'LB',
  '376': 'IL',
  '275': 'PS',
  '196': 'CY',
  '818': 'EG',
  '051': 'AM',
  '031': 'AZ',
  '268': 'GE',
  '048': 'BH',
  '634': 'QA',
};

/** Country outlines from a world-atlas topology (Natural Earth, public domain). */
export function worldFromTopology(topology: Topology<{ countries: GeometryCollection }>): World {
  const collection = feature(topology, topology.objects.countries);
  const countries = collection.features
    .filter((f) => f.geometry !== null && f.id !== undefined)
    .map((f) => ({ id: String(f.id), geometry: f.geometry, bounds: geoBounds(f) }));
  return { countries };
}

/**
 * Reads the 1:50m Natural Earth countries that ship inside the world-atlas package: no network, the
 * same borders on every machine. Read once at the edge and passed to the drawing.
 */
export function loadWorld(): World {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return worldFromTopology(
    JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>,
  );
}
