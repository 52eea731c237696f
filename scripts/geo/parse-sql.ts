/**
 * Reads the `INSERT … VALUES (…), (…);` statements of the boundary dump as data.
 *
 * Why a tokenizer and not a SQL engine or `eval`: the file comes from the internet, and all we
 * need is the literal values of one table. Anything that is not a string, number or NULL
 * literal inside a VALUES tuple is an error, so a surprising file fails loudly instead of being
 * half-read.
 */

/** One literal value of a VALUES tuple. */
export type SqlValue = string | number | null;

type Token =
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'word'; value: string; at: number }
  | { kind: 'punct'; value: string; at: number };

/** Splits SQL text into tokens, skipping whitespace and comments. */
export function tokenizeSql(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`Unterminated comment at offset ${i}`);
      i = end + 2;
    } else if (sql.startsWith('--', i) || c === '#') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === "'") {
      const start = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= sql.length) throw new Error(`Unterminated string at offset ${start}`);
        const d = sql[i] ?? '';
        if (d === '\\') {
          // MySQL dumps escape with a backslash; keep the escaped character as is.
          const next = sql[i + 1] ?? '';
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
        } else if (d === "'" && sql[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          value += d;
          i++;
        }
      }
      tokens.push({ kind: 'string', value, at: start });
    } else if (/[-+\d.]/.test(c)) {
      const match = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(sql.slice(i, i + 64));
      if (!match) throw new Error(`Unexpected character ${JSON.stringify(c)} at offset ${i}`);
      tokens.push({ kind: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (/[A-Za-z_`]/.test(c)) {
      const match = /^`?[A-Za-z_][A-Za-z0-9_]*`?/.exec(sql.slice(i, i + 128));
      if (!match) throw new Error(`Unexpected character at offset ${i}`);
      tokens.push({ kind: 'word', value: match[0].replaceAll('`', ''), at: i });
      i += match[0].length;
    } else if ('(),;.=*<>'.includes(c)) {
      tokens.push({ kind: 'punct', value: c, at: i });
      i++;
    } else {
      throw new Error(`Unexpected character ${JSON.stringify(c)} at offset ${i}`);
    }
  }
  return tokens;
}

/** Rows of all `INSERT INTO <table>(cols) VALUES …;` statements, as column → value records. */
export function parseInsertRows(sql: string, table: string): Record<string, SqlValue>[] {
  const tokens = tokenizeSql(sql);
  const rows: Record<string, SqlValue>[] = [];
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const expect = (value: string): void => {
    const t = tokens[i];
    if (!t || t.kind !== 'punct' || t.value !== value) {
      throw new Error(`Expected "${value}" at offset ${t?.at ?? 'end of file'}`);
    }
    i++;
  };
  while (i < tokens.length) {
    const t = tokens[i];
    const isInsert =
      t?.kind === 'word' &&
      t.value.toUpperCase() === 'INSERT' &&
      tokens[i + 1]?.value.toString().toUpperCase() === 'INTO' &&
      tokens[i + 2]?.value === table;
    if (!isInsert) {
      // Any other statement (DELETE, SET, other tables): skip to its terminating semicolon.
      while (i < tokens.length && !(tokens[i]?.kind === 'punct' && tokens[i]?.value === ';')) i++;
      i++;
      continue;
    }
    i += 3;
    expect('(');
    const columns: string[] = [];
    for (;;) {
      const col = tokens[i++];
      if (col?.kind !== 'word') throw new Error(`Expected a column name at offset ${col?.at}`);
      columns.push(col.value);
      if (peek()?.value === ')') break;
      expect(',');
    }
    expect(')');
    const values = tokens[i++];
    if (values?.kind !== 'word' || values.value.toUpperCase() !== 'VALUES') {
      throw new Error(`Expected VALUES at offset ${values?.at}`);
    }
    for (;;) {
      expect('(');
      const row: Record<string, SqlValue> = {};
      columns.forEach((col, k) => {
        if (k > 0) expect(',');
        const v = tokens[i++];
        if (v?.kind === 'string' || v?.kind === 'number') row[col] = v.value;
        else if (v?.kind === 'word' && v.value.toUpperCase() === 'NULL') row[col] = null;
        else throw new Error(`Expected a literal for column ${col} at offset ${v?.at ?? 'end'}`);
      });
      expect(')');
      rows.push(row);
      const sep = tokens[i++];
      if (sep?.kind === 'punct' && sep.value === ',') continue;
      if (sep === undefined || (sep.kind === 'punct' && sep.value === ';')) break;
      throw new Error(`Expected "," or ";" after a tuple at offset ${sep.at}`);
    }
  }
  return rows;
}

/** One boundary row as stored upstream; `path` is still JSON text in [lat, lng] order. */
export interface BoundaryRow {
  kode: string;
  nama: string;
  lat: number;
  lng: number;
  path: string;
}

/** The boundary rows of a `wilayah_boundaries` dump, with column types checked. */
export function parseBoundaryRows(sql: string): BoundaryRow[] {
  return parseInsertRows(sql, 'wilayah_boundaries').map((row, n) => {
    const { kode, nama, lat, lng, path } = row;
    if (
      typeof kode !== 'string' ||
      typeof nama !== 'string' ||
      typeof lat !== 'number' ||
      typeof lng !== 'number' ||
      typeof path !== 'string'
    ) {
      throw new Error(`Row ${n + 1} (${String(kode)}): expected (kode text, nama text, lat, lng, path text)`);
    }
    return { kode, nama, lat, lng, path };
  });
}
