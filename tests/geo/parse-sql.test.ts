import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoundaryRows, parseInsertRows } from '../../scripts/geo/parse-sql.ts';

const fixture = readFileSync(new URL('./fixtures/mini_boundaries.sql-fixture.txt', import.meta.url), 'utf8');

describe('parseInsertRows', () => {
  it('reads every tuple of every INSERT statement, skipping comments and other statements', () => {
    const rows = parseBoundaryRows(fixture);
    expect(rows.map((r) => r.kode)).toEqual(['53.01', '53.71', '53.20']);
    expect(rows[1]).toMatchObject({ kode: '53.71', nama: 'Kota Kupang', lat: -10.05, lng: 124.25 });
    expect(rows[1]?.path.startsWith('[[[-10.0,124.2]')).toBe(true);
  });

  it('unescapes quotes as data, never as SQL', () => {
    const sql = "INSERT INTO t(a,b,c) VALUES ('O''Brien; DROP TABLE x','it\\'s',NULL),('x',-1.5e2,3);";
    expect(parseInsertRows(sql, 't')).toEqual([
      { a: "O'Brien; DROP TABLE x", b: "it's", c: null },
      { a: 'x', b: -150, c: 3 },
    ]);
  });

  it('rejects anything that is not a literal', () => {
    expect(() => parseInsertRows("INSERT INTO t(a) VALUES (NOW());", 't')).toThrow(/Expected a literal for column a/);
    expect(() => parseInsertRows("INSERT INTO t(a) VALUES ('open", 't')).toThrow(/Unterminated string/);
  });

  it('rejects rows whose columns have the wrong types', () => {
    const sql = "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES ('53.01','X','-9.8',123.9,'[]');";
    expect(() => parseBoundaryRows(sql)).toThrow(/Row 1 \(53\.01\)/);
  });
});
