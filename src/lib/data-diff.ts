import { z } from 'zod';
import { formatValue, qualifierWord, type Lang } from './format.ts';
import { messages, pick } from './i18n.ts';

/**
 * What an edit to data/*.csv changes for readers, in words: the editors' last
 * look before publishing (`npm run data:diff`). Compares two datasets — the
 * one the last build published and the one the CSVs make now. Pure.
 *
 * The baseline may come from an older build whose dataset had fewer fields,
 * so both sides are read through the loose shape below (only what the diff
 * needs; unknown fields are ignored, missing tables are empty).
 */
const Loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
const DateIso = z.object({ iso: z.string() }).nullable();

export const DiffDatasetSchema = z.object({
  regencies: z.array(Loose({ kode: z.string(), name: z.string(), slug: z.string(), type: z.string() })),
  figures: z.array(Loose({
    id: z.string(), value: z.number(), unit: z.string(), qualifier: z.string(), regency: z.string().nullable(),
    event: z.string().nullable().optional(), label_id: z.string(), label_en: z.string(),
  })),
  events: z.array(Loose({ id: z.string(), regency: z.string().nullable(), title_id: z.string(), title_en: z.string(), date: DateIso })),
  notes: z.array(Loose({ id: z.string(), regency: z.string().nullable(), text_id: z.string(), text_en: z.string() })),
  sources: z.array(Loose({ id: z.string(), outlet: z.string() })),
  checkResults: z.array(Loose({ id: z.string(), agrees: z.boolean(), regency: z.string().nullable(), label_id: z.string(), label_en: z.string() })),
  derived: z.array(Loose({ id: z.string(), value: z.number(), unit: z.string(), regency: z.string().nullable(), label_id: z.string(), label_en: z.string() })),
  status: z.array(Loose({ kode: z.string(), status: z.string(), workers: z.number().nullable() })),
  updates: z.array(Loose({ id: z.string(), title_id: z.string(), title_en: z.string(), date: DateIso, regencies: z.array(z.string()).optional() })).default([]),
  corrections: z.array(Loose({ id: z.string(), table: z.string(), record: z.string() })).default([]),
});
export type DiffDataset = z.infer<typeof DiffDatasetSchema>;
type Fig = DiffDataset['figures'][number];

export interface FieldChange { field: string; before: string; after: string }
export interface DataDiff {
  figures: { added: Fig[]; removed: Fig[]; changed: { before: Fig; after: Fig; fields: FieldChange[] }[] };
  derived: { before: DiffDataset['derived'][number] | null; after: DiffDataset['derived'][number] | null }[];
  checks: { id: string; label_id: string; label_en: string; before: boolean | null; after: boolean | null }[];
  notes: { added: DiffDataset['notes']; removed: DiffDataset['notes']; changed: DiffDataset['notes'] };
  events: { added: DiffDataset['events']; removed: DiffDataset['events']; changed: DiffDataset['events'] };
  sources: { added: DiffDataset['sources']; removed: DiffDataset['sources'] };
  status: { kode: string; before: string | null; after: string | null }[];
  updates: DiffDataset['updates'];
  corrections: DiffDataset['corrections'];
  /** Tables whose published CSV changes. */
  tables: string[];
  /** Site paths (without language prefix) of the pages and downloads that change. */
  pages: string[];
  downloads: string[];
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
const stable = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
/** How a field's value reads in the diff: a date by its text, a list joined, empty as "—". */
function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.join('|');
  if (typeof v === 'object' && 'iso' in (v as object)) return String((v as { iso: unknown }).iso);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>): FieldChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => stable(a[k]) !== stable(b[k])).map((k) => ({ field: k, before: show(a[k]), after: show(b[k]) }));
}

function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const old = byId(before);
  return after.filter((r) => !old.has(r.id));
}
function changedRows<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const old = byId(before);
  return after.filter((r) => old.has(r.id) && stable(old.get(r.id)) !== stable(r));
}

export function diffDatasets(before: DiffDataset, after: DiffDataset): DataDiff {
  const oldFigures = byId(before.figures);
  const figures = {
    added: added(before.figures, after.figures),
    removed: added(after.figures, before.figures),
    changed: after.figures.flatMap((f) => {
      const old = oldFigures.get(f.id);
      if (!old) return [];
      const fields = fieldChanges(old, f);
      return fields.length > 0 ? [{ before: old, after: f, fields }] : [];
    }),
  };
  const oldDerived = byId(before.derived);
  const newDerived = byId(after.derived);
  const derived = [...new Set([...oldDerived.keys(), ...newDerived.keys()])]
    .map((id) => ({ before: oldDerived.get(id) ?? null, after: newDerived.get(id) ?? null }))
    .filter((x) => x.before?.value !== x.after?.value);
  const oldChecks = byId(before.checkResults);
  const newChecks = byId(after.checkResults);
  const checks = [...new Set([...oldChecks.keys(), ...newChecks.keys()])].flatMap((id) => {
    const a = oldChecks.get(id) ?? null;
    const b = newChecks.get(id) ?? null;
    if (a?.agrees === b?.agrees) return [];
    const label = (b ?? a)!;
    return [{ id, label_id: label.label_id, label_en: label.label_en, before: a?.agrees ?? null, after: b?.agrees ?? null }];
  });
  const oldStatus = new Map(before.status.map((s) => [s.kode, s]));
  const status = after.status.flatMap((s) => {
    const o = oldStatus.get(s.kode);
    return o?.status === s.status ? [] : [{ kode: s.kode, before: o?.status ?? null, after: s.status }];
  });
  const diff: Omit<DataDiff, 'tables' | 'pages' | 'downloads'> = {
    figures,
    derived,
    checks,
    notes: { added: added(before.notes, after.notes), removed: added(after.notes, before.notes), changed: changedRows(before.notes, after.notes) },
    events: { added: added(before.events, after.events), removed: added(after.events, before.events), changed: changedRows(before.events, after.events) },
    sources: { added: added(before.sources, after.sources), removed: added(after.sources, before.sources) },
    status,
    updates: added(before.updates, after.updates),
    corrections: added(before.corrections, after.corrections),
  };
  return { ...diff, ...affected(before, after, diff) };
}

function affected(before: DiffDataset, after: DiffDataset, d: Omit<DataDiff, 'tables' | 'pages' | 'downloads'>) {
  const figs = [...d.figures.added, ...d.figures.removed, ...d.figures.changed.flatMap((c) => [c.before, c.after])];
  const events = [...d.events.added, ...d.events.removed, ...d.events.changed];
  const notes = [...d.notes.added, ...d.notes.removed, ...d.notes.changed];
  const kodes = new Set<string>();
  const add = (k: string | null | undefined) => { if (k) kodes.add(k); };
  figs.forEach((f) => add(f.regency));
  events.forEach((e) => add(e.regency));
  notes.forEach((n) => add(n.regency));
  d.derived.forEach((x) => add(x.after?.regency ?? x.before?.regency));
  d.checks.forEach((c) => add(after.checkResults.find((x) => x.id === c.id)?.regency ?? before.checkResults.find((x) => x.id === c.id)?.regency));
  d.status.forEach((s) => add(s.kode));
  const allKodes = after.regencies.map((r) => r.kode);
  for (const u of d.updates) (u.regencies && u.regencies.length > 0 ? u.regencies : allKodes).forEach(add);
  const slugs = [...kodes].sort().flatMap((k) => after.regencies.find((r) => r.kode === k)?.slug ?? before.regencies.find((r) => r.kode === k)?.slug ?? []);
  const eventIds = new Set([...events.map((e) => e.id), ...figs.flatMap((f) => (f.event ? [f.event] : []))]);

  const tables = [
    [figs.length > 0, 'figures'], [events.length > 0, 'events'], [notes.length > 0, 'notes'],
    [d.sources.added.length + d.sources.removed.length > 0, 'sources'], [d.updates.length > 0, 'updates'], [d.corrections.length > 0, 'corrections'],
  ].flatMap(([on, name]) => (on ? [name as string] : []));
  const all = slugs.length === after.regencies.length && slugs.length > 1;
  const regencyPages = all ? [`/kabupaten/*/ (${slugs.length})`] : slugs.map((s) => `/kabupaten/${s}/`);
  const regencyFiles = all ? [`/data/kabupaten/*.json, *.csv (${slugs.length})`] : slugs.flatMap((s) => [`/data/kabupaten/${s}.json`, `/data/kabupaten/${s}.csv`]);
  const anything = tables.length > 0 || d.checks.length > 0 || d.derived.length > 0 || d.status.length > 0;
  const pages = [
    // The home page shows the totals, the map, the timeline and the date of the latest update.
    ...(figs.length + events.length + d.derived.length + d.status.length + d.checks.length + d.updates.length > 0 || notes.some((n) => n.regency === null) ? ['/'] : []),
    ...regencyPages,
    ...[...eventIds].sort().map((id) => `/peristiwa/${id}/`),
    ...(figs.length + events.length + d.derived.length + d.status.length > 0 ? ['/grafik/'] : []),
    ...(figs.length + notes.length + d.sources.added.length + d.sources.removed.length + d.corrections.length + d.checks.length > 0 ? ['/metodologi/'] : []),
    ...(d.updates.length > 0 ? ['/pembaruan/'] : []),
  ];
  const downloads = anything ? [
    '/data/dataset.json',
    ...tables.map((t) => `/data/${t}.csv`),
    ...regencyFiles,
    ...(d.updates.length > 0 ? ['/pembaruan/atom.xml', '/en/pembaruan/atom.xml'] : []),
    ...(figs.length + events.length + d.derived.length + d.status.length > 0 ? ['/unduh/ (PNG, SVG, CSV)'] : []),
  ] : [];
  return { tables, pages, downloads };
}

const figureText = (f: Fig, lang: Lang) => `${qualifierWord(f.qualifier, lang)}${formatValue(f.value, f.unit, lang)}`;
const label = (r: { label_id: string; label_en: string }, lang: Lang) => pick(r, 'label', lang);
const verdict = (v: boolean | null, lang: Lang) => {
  const w = messages(lang).dataDiff;
  return v === null ? w.absent : v ? w.agrees : w.disagrees;
};


/** The diff as lines of text in one language. */
export function renderDiff(diff: DataDiff, lang: Lang): string[] {
  const w = messages(lang).dataDiff;
  const lines: string[] = [];
  const item = (text: string) => lines.push(`  • ${text}`);
  for (const f of diff.figures.added) item(`${w.figureAdded}: ${f.id} — ${label(f, lang)}: ${figureText(f, lang)}${f.regency ? ` (${f.regency})` : ''}`);
  for (const c of diff.figures.changed) {
    const valueMoved = c.fields.some((x) => ['value', 'unit', 'qualifier'].includes(x.field));
    const rest = c.fields.filter((x) => !['value', 'unit', 'qualifier'].includes(x.field));
    const parts = [
      ...(valueMoved ? [`${figureText(c.before, lang)} → ${figureText(c.after, lang)}`] : []),
      ...rest.map((x) => `${x.field}: ${x.before} → ${x.after}`),
    ];
    item(`${w.figureChanged}: ${c.after.id} — ${label(c.after, lang)}: ${parts.join('; ')}`);
  }
  for (const f of diff.figures.removed) item(`${w.figureRemoved}: ${f.id} — ${label(f, lang)}: ${figureText(f, lang)}`);
  for (const x of diff.derived) {
    const ref = (x.after ?? x.before)!;
    const v = (y: typeof x.before) => (y ? formatValue(y.value, y.unit, lang) : '—');
    item(`${w.derived}: ${ref.id} — ${label(ref, lang)}: ${v(x.before)} → ${v(x.after)}`);
  }
  for (const c of diff.checks) item(`${w.check}: ${c.id} — ${label(c, lang)}: ${verdict(c.before, lang)} → ${verdict(c.after, lang)}`);
  const text = (n: { text_id: string; text_en: string }) => pick(n, 'text', lang);
  for (const n of diff.notes.added) item(`${w.noteAdded}: ${n.id} — ${text(n)}`);
  for (const n of diff.notes.changed) item(`${w.noteChanged}: ${n.id} — ${text(n)}`);
  for (const n of diff.notes.removed) item(`${w.noteRemoved}: ${n.id}`);
  const title = (e: { title_id: string; title_en: string }) => pick(e, 'title', lang);
  for (const e of diff.events.added) item(`${w.eventAdded}: ${e.id} — ${title(e)}${e.date ? ` (${e.date.iso})` : ''}`);
  for (const e of diff.events.changed) item(`${w.eventChanged}: ${e.id} — ${title(e)}`);
  for (const e of diff.events.removed) item(`${w.eventRemoved}: ${e.id}`);
  for (const s of diff.sources.added) item(`${w.sourceAdded}: ${s.id} — ${s.outlet}`);
  for (const s of diff.sources.removed) item(`${w.sourceRemoved}: ${s.id} — ${s.outlet}`);
  const status = (v: string | null) => (v === null ? '—' : `${messages(lang).statusLabel[v as 'none'] ?? v} (${v})`);
  for (const s of diff.status) item(`${w.status}: ${s.kode}: ${status(s.before)} → ${status(s.after)}`);
  for (const u of diff.updates) item(`${w.update}: ${u.id} — ${title(u)}${u.date ? ` (${u.date.iso})` : ''}`);
  for (const c of diff.corrections) item(`${w.correction}: ${c.id} — ${c.table}.csv ${c.record}`);
  if (lines.length === 0) return [`  ${w.none}`];
  lines.push(`  ${w.pages}: ${diff.pages.join(', ') || '—'}`);
  lines.push(`  ${w.downloads}: ${diff.downloads.join(', ') || '—'}`);
  return lines;
}
