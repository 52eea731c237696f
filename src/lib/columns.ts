import { z } from 'zod';
import { parseIdNumber } from './number-id.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';

/**
 * A column of an editor CSV: how its cell text becomes a value, and the zod
 * schema that value must satisfy. The same schema validates the generated
 * JSON when pages load it, so there is one source of truth per field.
 */
export interface Column<T> {
  /** The editors' reference for this column (copied into data/README.md). */
  doc: string;
  required: boolean;
  schema: z.ZodType<T>;
  /** Cell text → candidate value, or a bilingual explanation. */
  read: (cell: string) => { ok: true; value: unknown } | { ok: false; id: string; en: string };
}

const ok = (value: unknown) => ({ ok: true as const, value });
const asIs = (cell: string) => ok(cell);
// Control characters never come from a spreadsheet cell typed by a person.
const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const PartialDateSchema: z.ZodType<PartialDate> = z.object({
  iso: z.string(),
  precision: z.enum(['year', 'month', 'day']),
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});

const textSchema = z.string().min(1).regex(NO_CONTROL);

export function text(doc: string): Column<string> {
  return { doc, required: true, schema: textSchema, read: asIs };
}

export function optionalText(doc: string): Column<string | null> {
  return { doc, required: false, schema: textSchema.nullable(), read: (c) => ok(c === '' ? null : c) };
}

export function id(doc: string): Column<string> {
  return { doc, required: true, schema: z.string().regex(ID_PATTERN), read: asIs };
}

/** A reference to another table's id (checked across tables after every row is read). */
export function ref(doc: string): Column<string> {
  return id(doc);
}

export function optionalRef(doc: string): Column<string | null> {
  return { doc, required: false, schema: z.string().regex(ID_PATTERN).nullable(), read: (c) => ok(c === '' ? null : c) };
}

const KODE = /^\d{2}\.\d{2}$/;
export function kode(doc: string): Column<string> {
  return { doc, required: true, schema: z.string().regex(KODE), read: asIs };
}
export function optionalKode(doc: string): Column<string | null> {
  return { doc, required: false, schema: z.string().regex(KODE).nullable(), read: (c) => ok(c === '' ? null : c) };
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, doc: string): Column<T[number]> {
  return { doc: `${doc} (${values.join(' | ')})`, required: true, schema: z.enum(values), read: asIs };
}

export function optionalOneOf<const T extends readonly [string, ...string[]]>(values: T, doc: string): Column<T[number] | null> {
  return {
    doc: `${doc} (${values.join(' | ')}; boleh kosong)`,
    required: false,
    schema: z.enum(values).nullable(),
    read: (c) => ok(c === '' ? null : c),
  };
}

export function date(doc: string): Column<PartialDate> {
  return {
    doc,
    required: true,
    schema: PartialDateSchema,
    read: (c) => {
      const d = parsePartialDate(c);
      return d.ok ? ok(d.value) : d;
    },
  };
}

export function optionalDate(doc: string): Column<PartialDate | null> {
  return {
    doc,
    required: false,
    schema: PartialDateSchema.nullable(),
    read: (c) => {
      if (c === '') return ok(null);
      const d = parsePartialDate(c);
      return d.ok ? ok(d.value) : d;
    },
  };
}

/** A count, amount or share: never negative (no measure of this story is). */
export function number(doc: string): Column<number> {
  return {
    doc,
    required: true,
    schema: z.number().finite().min(0),
    read: (c) => {
      const n = parseIdNumber(c);
      if (n.ok && n.value < 0) {
        return { ok: false, id: 'tidak boleh negatif: jumlah, anggaran dan persen tidak di bawah nol', en: 'must not be negative: counts, amounts and shares are never below zero' };
      }
      return n.ok ? ok(n.value) : n;
    },
  };
}

/** Only http(s) links: a `javascript:` or `data:` URL in the data is rejected, not escaped later. */
export function optionalUrl(doc: string): Column<string | null> {
  return {
    doc,
    required: false,
    schema: z.string().regex(/^https?:\/\/[^\s"'<>]+$/).nullable(),
    read: (c) => ok(c === '' ? null : c),
  };
}

/**
 * Items separated by `|` (neither CSV delimiter, so no quoting is needed), each matching
 * `item`; a required list needs at least one.
 */
function list(doc: string, item: RegExp, required: boolean): Column<string[]> {
  const items = z.array(z.string().regex(item));
  return {
    doc: `${doc} (dipisah "|"${required ? '' : '; boleh kosong'})`,
    required,
    schema: required ? items.min(1) : items,
    read: (c) => ok(c === '' ? [] : c.split('|').map((s) => s.trim())),
  };
}

/** Ids separated by `|`, at least one. */
export const refList = (doc: string): Column<string[]> => list(doc, ID_PATTERN, true);

/** Like refList, but may be empty (an update that concerns no figure in particular). */
export const optionalRefList = (doc: string): Column<string[]> => list(doc, ID_PATTERN, false);

/** Regency codes separated by `|`, possibly none. */
export const optionalKodeList = (doc: string): Column<string[]> => list(doc, KODE, false);
