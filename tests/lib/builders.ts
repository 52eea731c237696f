/** Typed records for unit tests of consistency and derive (no CSV involved). */
import type { Check, Figure, Note, Regency } from '@/lib/schema.ts';
import { parsePartialDate, type PartialDate } from '@/lib/partial-date.ts';

export function pd(iso: string): PartialDate {
  const d = parsePartialDate(iso);
  if (!d.ok) throw new Error(`bad test date ${iso}`);
  return d.value;
}

export function fig(id: string, value: number, over: Partial<Figure> = {}): Figure {
  return {
    id, measure: 'peserta', value, unit: 'pekerja', qualifier: 'tepat', per: null, period_start: null,
    period_end: null, scope: 'kabupaten', regency: '53.10', event: null, funder: null, group: null,
    label_id: `Label ${id}`, label_en: `Label ${id}`, source: 'src-a', quote: 'Kalimat.', quote_en: null, note_id: null, note_en: null,
    ...over,
  };
}

export function check(id: string, kind: Check['kind'], target: string, inputs: string[]): Check {
  return { id, kind, target, inputs, label_id: id, label_en: id };
}

export function reg(kode: string, name: string, slug: string): Regency {
  return { kode, type: 'kabupaten', name, slug };
}

export function note(id: string, kind: Note['kind'], over: Partial<Note> = {}): Note {
  return {
    id, kind, about: null, regency: null, event: [], figure: null, quote: null, participants: [],
    text_id: `Catatan ${id}`, text_en: `Note ${id}`, sources: ['src-a'], ...over,
  };
}
