import { describe, expect, it } from 'vitest';
import {
  eventPageView, eventPlace, eventView, indexes, neighbours, regencyOf, regencyPageView, regencyStatuses, regencyView, storyFigures,
  provincialView, regencyTableRows, sourceTally, workersVoice,
} from '@/lib/views.ts';
import { checkArithmetic, derivedArithmetic } from '@/lib/arithmetic.ts';
import { buildDataset } from '@/lib/dataset.ts';
import { realDataset, tablesFrom } from '../helpers/dataset.ts';

const d = realDataset();
const ix = indexes(d);

describe('regencyView', () => {
  it('gathers Ende’s figures, both events, its notes and its failing parts-and-whole check', () => {
    const v = regencyView(d, '53.08');
    expect(v.status.status).toBe('figures');
    expect(v.status.workers).toBe(10252);
    expect(v.events.map((e) => e.event.id)).toEqual(['ende-kartu', 'ende-santunan']);
    expect(v.notes.map((n) => n.id)).toContain('kepala-bpjs-ende-berbeda');
    const parts = v.checks.find((c) => c.id === 'ende-jumlah');
    expect(parts?.agrees).toBe(false);
    expect(v.sources.map((s) => s.id)).toContain('ende-investigasi');
  });

  it('says where a regency without figures was named: Alor’s regent at the provincial launch', () => {
    const v = regencyView(d, '53.05');
    expect(v.status.status).toBe('provincial-launch');
    expect(v.figures).toEqual([]);
    expect(v.appearances.map((a) => a.event.id)).toEqual(['provinsi-peluncuran']);
    expect(v.appearances[0]?.participants.map((p) => p.role_id)).toEqual(['Bupati Alor']);
  });

  it('Kota Kupang appears as the venue of the provincial launch, with nobody named', () => {
    const v = regencyView(d, '53.71');
    expect(v.status.status).toBe('provincial-launch');
    expect(v.appearances[0]?.participants).toEqual([]);
    expect(v.appearances[0]?.event.venue).toContain('Kota Kupang');
  });

  it('a regency with nothing in the sources has nothing attached', () => {
    const v = regencyView(d, '53.15');
    expect(v.status.status).toBe('none');
    expect([v.figures, v.events, v.appearances, v.quotes, v.notes]).toEqual([[], [], [], [], []]);
  });

  it('throws on an unknown code rather than rendering an empty page', () => {
    expect(() => regencyView(d, '53.99')).toThrow(/unknown regency/);
  });
});

describe('event order and neighbours', () => {
  it('the dataset holds events by date, year-only dates after the dated days of that year, whatever order the CSV has', () => {
    const order = [
      'nagekeo-mou', 'ttu-peluncuran', 'provinsi-peluncuran', 'sumbatimur-peluncuran', 'ende-kartu', 'ende-santunan',
      'nagekeo-pks', 'provinsi-pergub',
    ];
    expect(d.events.map((e) => e.id)).toEqual(order);
    const tables = tablesFrom('data');
    const reversed = buildDataset({ ...tables, events: [...tables.events].reverse() }, []);
    expect(reversed.events.map((e) => e.id)).toEqual(order);
  });
  it('event pages take their previous and next from the dataset’s order, without sorting again', () => {
    // Reversed, the dataset's order is no longer the date order: a view that re-sorted would still give the date order.
    const backwards = { ...d, events: [...d.events].reverse() };
    const at = (x: typeof d, id: string) => {
      const { view, previous, next } = eventPageView(x, id);
      return [previous?.id ?? null, view.event.id, next?.id ?? null];
    };
    expect(at(d, 'provinsi-peluncuran')).toEqual(['ttu-peluncuran', 'provinsi-peluncuran', 'sumbatimur-peluncuran']);
    expect(at(backwards, 'provinsi-peluncuran')).toEqual(['sumbatimur-peluncuran', 'provinsi-peluncuran', 'ttu-peluncuran']);
    expect(at(d, 'nagekeo-mou')[0]).toBeNull();
    expect(at(d, 'provinsi-pergub')[2]).toBeNull();
    expect(() => eventPageView(d, 'tidak-ada')).toThrow(/unknown event/);
  });
  it('links the first and last regency pages to one neighbour only', () => {
    expect(neighbours(d, '53.01').previous).toBeNull();
    expect(neighbours(d, '53.01').next?.slug).toBe('timor-tengah-selatan');
    expect(neighbours(d, '53.71').next).toBeNull();
    expect(neighbours(d, '53.71').previous?.slug).toBe('malaka');
  });
});

describe('regencyPageView', () => {
  it('lists after the event panels only what no panel shows: Ende’s notes and checks, and its figures tied to no event', () => {
    const p = regencyPageView(d, '53.08');
    const inPanels = p.view.events.flatMap((e) => [...e.notes.map((n) => n.id), ...e.checks.map((c) => c.id)]);
    expect(inPanels.length).toBeGreaterThan(0);
    expect([...p.otherNotes.map((n) => n.id), ...p.otherChecks.map((c) => c.id)].filter((x) => inPanels.includes(x))).toEqual([]);
    // Nothing is lost: every note and check of the regency is either in a panel or listed after them.
    expect(new Set([...inPanels, ...p.otherNotes.map((n) => n.id), ...p.otherChecks.map((c) => c.id)]))
      .toEqual(new Set([...p.view.notes.map((n) => n.id), ...p.view.checks.map((c) => c.id)]));
    expect(p.looseFigures.map((f) => f.id)).toEqual(['ende-tingkat', 'ende-target-tingkat', 'ende-klaim']);
    expect(p.statusInference).toBeNull();
  });
  it('names the note behind an inferred status: Kota Kupang, the provincial launch’s venue', () => {
    expect(regencyPageView(d, '53.71').statusInference?.id).toBe('kota-kupang-status');
  });
});

describe('lookups by code', () => {
  it('finds a regency by its code and refuses an unknown one', () => {
    expect(regencyOf(d, '53.08').slug).toBe('ende');
    expect(() => regencyOf(d, '53.99')).toThrow(/unknown regency 53.99/);
  });
  it('places an event in its own regency, else in the regency that hosted it, else nowhere', () => {
    const event = (id: string) => d.events.find((e) => e.id === id)!;
    expect(eventPlace(d, event('ende-kartu'))?.slug).toBe('ende');
    expect(eventPlace(d, event('provinsi-peluncuran'))?.kode).toBe('53.71');
    expect(eventPlace(d, event('provinsi-pergub'))).toBeNull();
    expect(eventView(d, event('provinsi-peluncuran')).place?.kode).toBe('53.71');
  });
});

describe('eventView', () => {
  it('attaches the Nagekeo agreement’s figures, its non-ASN note and its agreeing check', () => {
    const e = d.events.find((x) => x.id === 'nagekeo-pks')!;
    const v = eventView(d, e);
    expect(v.figures.map((f) => f.id)).toEqual(['nagekeo-peserta', 'nagekeo-non-asn', 'nagekeo-rentan', 'nagekeo-anggaran', 'nagekeo-masa']);
    expect(v.notes.map((n) => n.id)).toContain('nagekeo-bukan-hanya-rentan');
    expect(v.checks.map((c) => [c.id, c.agrees])).toEqual([['nagekeo-jumlah', true]]);
    expect(v.participants.map((p) => p.name)).toContain('P. Aurelius Assan');
  });
});

describe('storyFigures', () => {
  it('shows an event’s first figures, skipping lower bounds, each with the note attached to it', () => {
    const view = eventView(d, d.events.find((x) => x.id === 'nagekeo-pks')!);
    const shown = storyFigures(view, 2);
    expect(shown.map((x) => x.figure.id)).toEqual(['nagekeo-peserta', 'nagekeo-non-asn']);
    for (const { figure, note } of shown) expect(note).toEqual(view.notes.find((n) => n.figure === figure.id) ?? null);
    expect(shown.some((x) => x.note !== null)).toBe(true);
  });
  it('never shows a “more than” figure in the story step', () => {
    const view = eventView(d, d.events[0]!);
    const lowerBound = { ...view.figures[0]!, qualifier: 'lebih-dari' as const };
    const shown = storyFigures({ ...view, figures: [lowerBound, ...view.figures.slice(1)] }, 2);
    expect(shown.map((x) => x.figure.id)).not.toContain(lowerBound.id);
  });
});

describe('regencyTableRows', () => {
  it('lists every regency once, by name as readers look it up (“Kota Kupang” under K), with its headline figure and source', () => {
    const rows = regencyTableRows(d, 'id');
    expect(rows.map((r) => r.regency.kode).sort()).toEqual(d.regencies.map((r) => r.kode).sort());
    const names = rows.map((r) => (r.regency.type === 'kota' ? `Kota ${r.regency.name}` : r.regency.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(names.slice(0, 3)).toEqual(['Alor', 'Belu', 'Ende']);
    const ende = rows.find((r) => r.regency.slug === 'ende')!;
    expect([ende.headline?.id, ende.source?.id]).toEqual(['ende-peserta', 'ende-investigasi']);
    expect(rows.filter((r) => r.headline === null).every((r) => r.source === null && r.status.headlineFigure === null)).toBe(true);
  });
});

describe('home page views', () => {
  it('gathers what concerns the whole province: notes tied to nothing smaller, checks and derived figures with no regency', () => {
    const p = provincialView(d);
    expect(p.notes.map((n) => n.id)).toEqual(['gubernur-nama', 'ende-tanggal-terbit']);
    expect(p.checks.map((c) => c.id)).toEqual(['ntt-persentase', 'provinsi-target-sama']);
    expect(p.derived.map((x) => x.id)).toContain('pekerja-rentan-terlindungi');
    expect([...p.checks, ...p.derived].every((x) => x.regency === null)).toBe(true);
  });
  it('finds the workers’ own voice: the fish seller quoted at the Sumba Timur launch, not an official', () => {
    expect(workersVoice(d)?.speaker).toBe('Petrus Dima');
    const officialsOnly = { ...d, participants: d.participants.map((p) => ({ ...p, organisation: p.organisation ?? 'Pemkab' })) };
    expect(workersVoice(officialsOnly)).toBeNull();
  });
});

describe('sourceTally', () => {
  it('counts the sources by kind, those with a known date, and the dates that are inferred', () => {
    const tally = sourceTally(d);
    expect(tally).toEqual({ total: 5, byKind: { berita: 2, 'rilis-pemerintah': 3 }, dated: 1, inferredDates: 1 });
    const undated = { ...d, sources: d.sources.map((x) => ({ ...x, published: null })) };
    expect(sourceTally(undated)).toMatchObject({ total: 5, dated: 0, inferredDates: 0 });
  });
});

describe('indexes', () => {
  it('builds the lookups once per dataset and anew for another dataset', () => {
    expect(indexes(d)).toBe(indexes(d));
    const other = { ...d, sources: d.sources.slice(1) };
    expect(indexes(other)).not.toBe(indexes(d));
    expect(indexes(other).sources.has(d.sources[0]!.id)).toBe(false);
  });
});

describe('arithmetic shown to readers', () => {
  it('writes out a failing sum with the report’s own approximation', () => {
    const c = d.checkResults.find((x) => x.id === 'ende-jumlah')!;
    expect(checkArithmetic(c, ix.figures, 'id')).toBe('9.731 + 1.521 = 11.252 ≠ sekitar 10.252');
    expect(checkArithmetic(c, ix.figures, 'en')).toBe('9,731 + 1,521 = 11,252 ≠ about 10,252');
  });
  it('writes a rate check as a percentage', () => {
    const c = d.checkResults.find((x) => x.id === 'ntt-persentase')!;
    expect(checkArithmetic(c, ix.figures, 'id')).toBe('141.000 ÷ 1.000.000 × 100 = 14,1% ≠ sekitar 13%');
  });
  it('marks an agreement within rounding with ≈', () => {
    const c = d.checkResults.find((x) => x.id === 'ttu-anggaran-bulan')!;
    expect(checkArithmetic(c, ix.figures, 'id')).toBe('14.880 × 16.800 = 249.984.000 ≈ sekitar 250.000.000');
  });
  it('shows cost per worker per month as a division', () => {
    const x = d.derived.find((y) => y.id === 'biaya-per-pekerja-bulan-nagekeo-anggaran')!;
    expect(derivedArithmetic(x, 'id')).toBe('Rp1,5 miliar (Rp1,45 miliar–Rp1,55 miliar) ÷ 9.345 ÷ 12 = sekitar Rp12.900–13.800');
  });
});

describe('regencyStatuses', () => {
  it('pairs every regency with its own status, in code order', () => {
    const rows = regencyStatuses(d);
    expect(rows.map((x) => x.regency.kode)).toEqual(d.regencies.map((r) => r.kode));
    for (const { regency, status } of rows) expect(status.kode).toBe(regency.kode);
    expect(rows.find((x) => x.regency.kode === '53.08')?.status.workers).toBe(10252);
  });

  it('fails loudly when a regency has no status', () => {
    expect(() => regencyStatuses({ ...d, status: d.status.slice(1) })).toThrow(/no status for regency/);
  });
});
