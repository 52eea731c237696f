/**
 * What the map script knows, read from the JSON data block the page embeds (HomeMap.astro
 * writes it from the dataset). Checked field by field: a page built from other code must fail
 * loudly here, not half-work.
 */
export interface RegionState {
  kode: string;
  slug: string;
  name: string;
  /** The tooltip's second line, e.g. "14.880 pekerja terdaftar". */
  tip: string;
  /** The status in words, e.g. "Ada angka terbit". */
  status: string;
}

export interface MapState {
  /** The URL parameter holding the open regency, e.g. "kabupaten". */
  param: string;
  words: { close: string; opened: string };
  regions: RegionState[];
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isRegion(v: unknown): v is RegionState {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return ['kode', 'slug', 'name', 'tip', 'status'].every((k) => isString(r[k]));
}

export function parseMapState(text: string): MapState {
  const v: unknown = JSON.parse(text);
  if (typeof v !== 'object' || v === null) throw new Error('map state: not an object');
  const o = v as Record<string, unknown>;
  const words = o['words'] as Record<string, unknown> | undefined;
  const regions = o['regions'];
  if (!isString(o['param']) || !words || !isString(words['close']) || !isString(words['opened']) || !Array.isArray(regions) || !regions.every(isRegion)) {
    throw new Error('map state: unexpected shape');
  }
  return { param: o['param'], words: { close: words['close'], opened: words['opened'] }, regions };
}

export function readMapState(doc: Document, id = 'peta-data'): MapState | null {
  const el = doc.getElementById(id);
  return el?.textContent ? parseMapState(el.textContent) : null;
}
