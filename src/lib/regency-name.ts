import type { Regency } from './schema.ts';

/** How a regency is named in running text and lists: "Ende", but "Kota Kupang" (never just "Kupang", the kabupaten). */
export function regionName(r: Pick<Regency, 'type' | 'name'>): string {
  return r.type === 'kota' ? `Kota ${r.name}` : r.name;
}

/** The official name, for headings: "Kabupaten Ende", "Kota Kupang". */
export function officialName(r: Pick<Regency, 'type' | 'name'>): string {
  return `${r.type === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name}`;
}
