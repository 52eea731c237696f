import { Ajv2020 } from 'ajv/dist/2020.js';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '@/lib/atom.ts';
import { DATA_LICENCE } from '@/lib/licence.ts';
import { parsePartialDate } from '@/lib/partial-date.ts';
import {
  REGENCY_CSV_COLUMNS, REGENCY_CSV_HEADER, RegencyDataSchema, regencyCsvRows, regencyData, regencyJsonSchema, regencyResources,
} from '@/lib/regency-data.ts';
import type { Update } from '@/lib/schema.ts';
import { realDataset } from '../helpers/dataset.ts';

const d = realDataset();
const HOSTILE = `<script>alert(1)</script> & "quotes" 'apos' ]]> <![CDATA[x]]>`;

function update(id: string, iso: string, text = 'Teks'): Update {
  const date = parsePartialDate(iso);
  if (!date.ok) throw new Error(iso);
  return {
    id, date: date.value, kind: 'data-baru', title_id: text, title_en: text, summary_id: text, summary_en: text,
    regencies: [], figures: [], sources: [],
  };
}

const feedOf = (updates: Update[], lang: 'id' | 'en' = 'id') => atomFeed({
  lang, title: 'Situs — Pembaruan', author: 'Situs',
  feedUrl: 'https://example.org/pembaruan/atom.xml', pageUrl: 'https://example.org/pembaruan/', updates,
});

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');

describe('Atom feed', () => {
  it('has the elements RFC 4287 requires, one entry per update, newest first as given', () => {
    const doc = xml(feedOf([update('b', '2026-12-03'), update('a', '2026-12-01')]));
    const feed = doc.documentElement;
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated', 'author']) expect(feed.querySelector(`feed > ${name}`), name).not.toBeNull();
    expect(feed.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe('https://example.org/pembaruan/atom.xml');
    expect(feed.querySelector('feed > updated')?.textContent).toBe('2026-12-03T00:00:00Z');
    const entries = [...feed.querySelectorAll('entry')];
    expect(entries.map((e) => e.querySelector('id')?.textContent)).toEqual([
      'https://example.org/pembaruan/#b', 'https://example.org/pembaruan/#a',
    ]);
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated', 'summary']) expect(e.querySelector(name), name).not.toBeNull();
      expect(e.querySelector('link[rel="alternate"]')).not.toBeNull();
      expect(e.querySelector('updated')?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });

  it('escapes hostile text: the markup arrives as text, nothing else is injected', () => {
    const text = feedOf([update('h', '2026-12-01', HOSTILE)]);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<![CDATA[');
    const doc = xml(text);
    expect(doc.querySelector('entry > title')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('entry > summary')?.textContent).toBe(HOSTILE);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('entry')).toHaveLength(1);
  });

  it('an empty updates table still gives a valid feed (no entries)', () => {
    const doc = xml(feedOf([]));
    expect(doc.querySelectorAll('entry')).toHaveLength(0);
    expect(doc.querySelector('feed > updated')?.textContent).toMatch(/T00:00:00Z$/);
  });

  it('the English feed takes the English title and summary', () => {
    const u = { ...update('e', '2026-12-01'), title_en: 'English title', summary_en: 'English summary' };
    const doc = xml(feedOf([u], 'en'));
    expect(doc.querySelector('entry > title')?.textContent).toBe('English title');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('en');
  });
});

describe('per-regency data files', () => {
  const meta = {
    siteName: 'Situs', schemaUrl: 'https://example.org/data/kabupaten/schema.json',
    pageUrl: 'https://example.org/kabupaten/ende/', fileUrl: 'https://example.org/data/kabupaten/ende.json', licence: DATA_LICENCE,
  };
  const schema = regencyJsonSchema(meta.schemaUrl);
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  it('every regency’s JSON validates against the published JSON Schema (generated from zod)', () => {
    for (const r of d.regencies) {
      const data = JSON.parse(JSON.stringify(regencyData(d, r.kode, meta)));
      const ok = validate(data);
      expect(validate.errors ?? [], r.slug).toEqual([]);
      expect(ok).toBe(true);
      expect(RegencyDataSchema.safeParse(data).success).toBe(true);
    }
  });

  it('the JSON Schema rejects what the zod schema rejects', () => {
    const data = JSON.parse(JSON.stringify(regencyData(d, '53.08', meta)));
    expect(validate({ ...data, figures: [{ ...data.figures[0], value: '10.252' }] })).toBe(false);
    expect(validate({ ...data, extra: 1 })).toBe(false);
    const { citation: _, ...withoutCitation } = data;
    expect(validate(withoutCitation)).toBe(false);
  });

  it('Ende: figures, events, notes, sources, citation and last-updated date', () => {
    const data = regencyData(d, '53.08', meta);
    expect(data.figures.map((f) => f.id)).toContain('ende-peserta');
    expect(data.events.map((e) => e.id)).toEqual(['ende-kartu', 'ende-santunan']);
    expect(data.notes.map((n) => n.id)).toContain('kepala-bpjs-ende-berbeda');
    expect(data.sources.map((s) => s.id)).toContain('ende-investigasi');
    expect(data.lastUpdated?.iso).toBe(d.tracker.asOf?.iso);
    expect(data.citation.id).toContain('Kabupaten Ende');
    expect(data.citation.id).toContain(meta.fileUrl);
    expect(data.citation.id).toContain(meta.pageUrl);
    expect(data.licence).toEqual(DATA_LICENCE);
  });

  it('the CSV has one row per record, every row as wide as the header', () => {
    const data = regencyData(d, '53.08', meta);
    const rows = regencyCsvRows(data);
    expect(rows.every((r) => r.length === REGENCY_CSV_HEADER.length)).toBe(true);
    const kinds = rows.map((r) => r[0]);
    expect(kinds.filter((k) => k === 'figure')).toHaveLength(data.figures.length);
    expect(kinds.filter((k) => k === 'event')).toHaveLength(data.events.length);
    expect(kinds.filter((k) => k === 'source')).toHaveLength(data.sources.length);
    expect(rows.find((r) => r[1] === 'ende-peserta')?.slice(3, 6)).toEqual([10252, 'pekerja', 'sekitar']);
  });

  it('a regency with nothing published still gets a valid file with empty lists', () => {
    const none = d.status.find((s) => s.status === 'none')!;
    const data = JSON.parse(JSON.stringify(regencyData(d, none.kode, meta)));
    expect(validate(data)).toBe(true);
    expect(data.figures).toEqual([]);
    expect(data.latestReport).toBeNull();
  });

  it('datapackage resources describe every regency’s CSV column by column, and its JSON by its schema', () => {
    const resources = regencyResources(['ende', 'belu']) as { name: string; path: string; schema?: { fields: { name: string; description: string }[] }; jsonSchema?: string }[];
    expect(resources.map((r) => r.path)).toEqual(['kabupaten/ende.csv', 'kabupaten/ende.json', 'kabupaten/belu.csv', 'kabupaten/belu.json']);
    expect(resources[0]!.schema!.fields.map((f) => f.name)).toEqual([...REGENCY_CSV_HEADER]);
    expect(resources[0]!.schema!.fields.every((f) => f.description === REGENCY_CSV_COLUMNS[f.name as keyof typeof REGENCY_CSV_COLUMNS])).toBe(true);
    expect(resources[1]!.jsonSchema).toBe('kabupaten/schema.json');
  });
});
