import type { CheckResult, Dataset, DerivedFigure, RegencyStatus } from './dataset-schema.ts';
import type { Lang } from './format.ts';
import { regionName } from './regency-name.ts';
import { SOURCE_KINDS, type Event, type Figure, type Note, type Participant, type Quote, type Regency, type Source } from './schema.ts';

/**
 * Shapes the dataset for one page or panel. Pure, so it is tested without
 * Astro and could run in the browser.
 */
export interface EventView {
  event: Event;
  regency: Regency | null;
  /** Where the event sits on the map: its regency, else the regency that hosted it (see eventPlace). */
  place: Regency | null;
  participants: Participant[];
  figures: Figure[];
  /** Who pays, as the event's figures say, each payer once, in order of appearance. */
  payers: NonNullable<Figure['funder']>[];
  /** Payers that are an editorial inference: the inference note for each. */
  inferredPayers: Partial<Record<NonNullable<Figure['funder']>, Note>>;
  /** The inference note about the event's date, if its date (or year) is inferred. */
  dateInference: Note | null;
  quotes: Quote[];
  notes: Note[];
  checks: CheckResult[];
  derived: DerivedFigure[];
}

export interface RegencyView {
  regency: Regency;
  status: RegencyStatus;
  figures: Figure[];
  events: EventView[];
  /** Events elsewhere (the provincial launch) at which someone from this regency was named. */
  appearances: { event: Event; participants: Participant[] }[];
  quotes: Quote[];
  notes: Note[];
  checks: CheckResult[];
  derived: DerivedFigure[];
  sources: Source[];
}

export interface Indexes {
  sources: ReadonlyMap<string, Source>;
  figures: ReadonlyMap<string, Figure>;
  regencies: ReadonlyMap<string, Regency>;
  events: ReadonlyMap<string, Event>;
}

const indexCache = new WeakMap<Dataset, Indexes>();

/** Records by id (regencies by code), built once per dataset, so any component may ask for them instead of being handed them. */
export function indexes(d: Dataset): Indexes {
  let ix = indexCache.get(d);
  if (!ix) {
    ix = {
      sources: new Map(d.sources.map((s) => [s.id, s])),
      figures: new Map(d.figures.map((f) => [f.id, f])),
      regencies: new Map(d.regencies.map((r) => [r.kode, r])),
      events: new Map(d.events.map((e) => [e.id, e])),
    };
    indexCache.set(d, ix);
  }
  return ix;
}

/** Does a note concern this event: named directly, through one of its figures, quotes or participants? */
function concernsEvent(n: Note, eventId: string, figureIds: ReadonlySet<string>, quoteIds: ReadonlySet<string>, participantIds: ReadonlySet<string>): boolean {
  return n.event.includes(eventId)
    || (n.figure !== null && figureIds.has(n.figure))
    || (n.quote !== null && quoteIds.has(n.quote))
    || n.participants.some((p) => participantIds.has(p));
}

export function eventView(d: Dataset, event: Event): EventView {
  const figures = d.figures.filter((f) => f.event === event.id);
  const figureIds = new Set(figures.map((f) => f.id));
  const participants = d.participants.filter((p) => p.event === event.id);
  const quotes = d.quotes.filter((q) => q.event === event.id);
  const notes = d.notes.filter((n) => concernsEvent(n, event.id, figureIds, new Set(quotes.map((q) => q.id)), new Set(participants.map((p) => p.id))));
  const payers = [...new Set(figures.flatMap((f) => (f.funder === null ? [] : [f.funder])))];
  const inferredPayers: EventView['inferredPayers'] = {};
  for (const payer of payers) {
    const note = notes.find((n) => n.kind === 'inferensi' && n.about === 'pembayar' && figures.some((f) => f.id === n.figure && f.funder === payer));
    if (note) inferredPayers[payer] = note;
  }
  return {
    event,
    regency: d.regencies.find((r) => r.kode === event.regency) ?? null,
    place: eventPlace(d, event),
    participants,
    figures,
    payers,
    inferredPayers,
    dateInference: notes.find((n) => n.kind === 'inferensi' && n.about === 'tanggal' && n.event.includes(event.id)) ?? null,
    quotes,
    notes,
    checks: d.checkResults.filter((c) => figureIds.has(c.target)),
    derived: d.derived.filter((x) => x.terms.some((t) => t.figure !== null && figureIds.has(t.figure)) && x.regency !== null),
  };
}

export function regencyView(d: Dataset, kode: string): RegencyView {
  const found = regencyStatuses(d).find((x) => x.regency.kode === kode);
  if (!found) throw new Error(`unknown regency ${kode}`);
  const { regency, status } = found;
  const figures = d.figures.filter((f) => f.regency === kode);
  const figureIds = new Set(figures.map((f) => f.id));
  const events = d.events.filter((e) => e.regency === kode);
  const eventIds = new Set(events.map((e) => e.id));
  const appearances = d.events
    .filter((e) => !eventIds.has(e.id))
    .map((event) => ({ event, participants: d.participants.filter((p) => p.event === event.id && p.regency === kode) }))
    .filter((a) => a.participants.length > 0 || a.event.venue_regency === kode);
  const quotes = d.quotes.filter((q) => q.regency === kode || (q.event !== null && eventIds.has(q.event)));
  const participantIds = new Set(d.participants.filter((p) => eventIds.has(p.event) || p.regency === kode).map((p) => p.id));
  const quoteIds = new Set(quotes.map((q) => q.id));
  const notes = d.notes.filter(
    (n) => n.regency === kode || n.event.some((e) => eventIds.has(e)) || (n.figure !== null && figureIds.has(n.figure))
      || (n.quote !== null && quoteIds.has(n.quote)) || n.participants.some((p) => participantIds.has(p)),
  );
  const sourceIds = new Set([
    ...figures.map((f) => f.source),
    ...events.map((e) => e.source),
    ...quotes.map((q) => q.source),
    ...appearances.flatMap((a) => [a.event.source]),
    ...notes.flatMap((n) => n.sources),
  ]);
  return {
    regency,
    status,
    figures,
    events: events.map((e) => eventView(d, e)),
    appearances,
    quotes,
    notes,
    checks: d.checkResults.filter((c) => c.regency === kode),
    derived: d.derived.filter((x) => x.regency === kode),
    sources: d.sources.filter((s) => sourceIds.has(s.id)),
  };
}

/** Every regency with its status, in code order: the rows of the table, the map and the share cards. */
export function regencyStatuses(d: Dataset): { regency: Regency; status: RegencyStatus }[] {
  const byKode = new Map(d.status.map((s) => [s.kode, s]));
  return d.regencies.map((regency) => {
    const status = byKode.get(regency.kode);
    if (!status) throw new Error(`no status for regency ${regency.kode}`);
    return { regency, status };
  });
}

/** One row of the regency table: the regency, its status, its headline figure and that figure's source. */
export interface RegencyRow {
  regency: Regency;
  status: RegencyStatus;
  headline: Figure | null;
  source: Source | null;
}

/**
 * The regency table's rows, by name in the edition's alphabetical order (readers look a place
 * up by name; the table re-sorts by any column in the browser).
 */
export function regencyTableRows(d: Dataset, lang: Lang): RegencyRow[] {
  const ix = indexes(d);
  return regencyStatuses(d)
    .map(({ regency, status }) => {
      const headline = status.headlineFigure ? ix.figures.get(status.headlineFigure) ?? null : null;
      return { regency, status, headline, source: headline ? ix.sources.get(headline.source) ?? null : null };
    })
    .sort((a, b) => regionName(a.regency).localeCompare(regionName(b.regency), lang));
}

/** What concerns the province as a whole (no regency, event, figure or person): the home page lists it after the story. */
export function provincialView(d: Dataset): { notes: Note[]; checks: CheckResult[]; derived: DerivedFigure[] } {
  return {
    notes: d.notes.filter((n) => n.regency === null && n.event.length === 0 && n.figure === null && n.participants.length === 0),
    checks: d.checkResults.filter((c) => c.regency === null),
    derived: d.derived.filter((x) => x.regency === null),
  };
}

/**
 * The workers' own voice: a quote by someone named at its event without an organisation, i.e.
 * speaking for themself (the fish seller in Waingapu); null when the reports quote no such person.
 */
export function workersVoice(d: Dataset): Quote | null {
  return d.quotes.find((q) => q.event !== null && d.participants.some((p) => p.event === q.event && p.name === q.speaker && p.organisation === null)) ?? null;
}

/** Neighbours in code order, for "previous / next regency" links. */
export function neighbours(d: Dataset, kode: string): { previous: Regency | null; next: Regency | null } {
  const i = d.regencies.findIndex((r) => r.kode === kode);
  return { previous: d.regencies[i - 1] ?? null, next: d.regencies[i + 1] ?? null };
}

/** The regency with this code; throws on an unknown code rather than writing a broken link. */
export function regencyOf(d: Dataset, kode: string): Regency {
  const r = d.regencies.find((x) => x.kode === kode);
  if (!r) throw new Error(`unknown regency ${kode}`);
  return r;
}

/** Where an event belongs on the map: its regency, else the regency it was held in (the provincial launch); null for neither. */
export function eventPlace(d: Dataset, e: Event): Regency | null {
  const kode = e.regency ?? e.venue_regency;
  return kode === null ? null : regencyOf(d, kode);
}

/**
 * The regency page: the regency's view, and how the page groups it. Event panels show their own
 * notes, checks and figures; what is left (province-level notes about the regency, figures tied
 * to no event) is listed after them.
 */
export interface RegencyPageView {
  view: RegencyView;
  /** Notes no event panel on the page shows. */
  otherNotes: Note[];
  /** Checks no event panel on the page shows. */
  otherChecks: CheckResult[];
  /** The inference note behind the regency's status, when its status is an inference. */
  statusInference: Note | null;
  /** Figures tied to no event. */
  looseFigures: Figure[];
  previous: Regency | null;
  next: Regency | null;
}

export function regencyPageView(d: Dataset, kode: string): RegencyPageView {
  const view = regencyView(d, kode);
  return {
    view,
    otherNotes: view.notes.filter((n) => !view.events.some((e) => e.notes.includes(n))),
    otherChecks: view.checks.filter((c) => !view.events.some((e) => e.checks.includes(c))),
    statusInference: view.notes.find((n) => n.kind === 'inferensi' && n.about === 'status') ?? null,
    looseFigures: view.figures.filter((f) => f.event === null),
    ...neighbours(d, kode),
  };
}

/**
 * One event's page: its panel and the events before and after it. The order is the dataset's
 * (buildDataset sorts events into reading order once); nothing here sorts again.
 */
export function eventPageView(d: Dataset, id: string): { view: EventView; previous: Event | null; next: Event | null } {
  const i = d.events.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`unknown event ${id}`);
  return { view: eventView(d, d.events[i]!), previous: d.events[i - 1] ?? null, next: d.events[i + 1] ?? null };
}

/** Inference notes about a source's own facts (its publication date, its dateline). */
export function sourceInferences(d: Dataset, sourceId: string): { published: Note | null; dateline: Note | null } {
  const about = (what: Note['about']) =>
    d.notes.find((n) => n.about === what && n.sources.includes(sourceId)) ?? null;
  return { published: about('tanggal-terbit'), dateline: about('dateline') };
}

/** The sources counted, for the footer's account of them: by kind, how many have a known publication date, how many of those dates are inferred. */
export function sourceTally(d: Dataset): { total: number; byKind: Record<Source['kind'], number>; dated: number; inferredDates: number } {
  const dated = d.sources.filter((s) => s.published !== null);
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, d.sources.filter((s) => s.kind === k).length])) as Record<Source['kind'], number>;
  return {
    total: d.sources.length,
    byKind,
    dated: dated.length,
    inferredDates: dated.filter((s) => sourceInferences(d, s.id).published !== null).length,
  };
}

/** Notes attached to one quote (context such as "JKK and JKM cover accidents and death only"). */
export function quoteNotes(d: Dataset, quoteId: string): Note[] {
  return d.notes.filter((n) => n.quote === quoteId);
}

/**
 * The figures an event's step in the home story shows: its first `count` figures, leaving out
 * "more than" figures (a lower bound needs the full panel's context), each with the note
 * attached to it, so a figure that needs a note is never shown without it.
 */
export function storyFigures(view: EventView, count: number): { figure: Figure; note: Note | null }[] {
  return view.figures
    .filter((f) => f.qualifier !== 'lebih-dari')
    .slice(0, count)
    .map((figure) => ({ figure, note: view.notes.find((n) => n.figure === figure.id) ?? null }));
}
