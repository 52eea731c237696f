/**
 * /data/datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/)
 * describing every published table — its file, dialect, and each column with the editors'
 * description from the schema — so the CSVs carry no comment lines and still say what they are.
 */
import type { Cell } from './csv-write.ts';
import { TABLES, TABLE_NAMES, type TableName } from './schema.ts';

export interface PackageInput {
  /** Site name, e.g. "Payung". */
  site: string;
  title: string;
  description: string;
  homepage: string;
  citation: string;
  /** Outlets the data come from. */
  sources: { title: string; path?: string }[];
  /** Licences of what the package republishes (the boundaries' MIT notice). */
  licenses: { name?: string; title: string; path?: string }[];
  /** Rights in the quoted report text. */
  rights: string;
  tables: Record<TableName, { header: string[]; rows: Cell[][] }>;
  /** Further resources published beside the tables (the per-regency files), listed after them. */
  extraResources?: object[];
}

/** A column's Frictionless type, read from what the table holds (null cells say nothing). */
function fieldType(rows: readonly Cell[][], index: number): 'integer' | 'number' | 'boolean' | 'string' {
  const values = rows.map((r) => r[index]).filter((v) => v !== null && v !== undefined);
  if (values.length && values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  if (values.length && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

/** How every published CSV is written (papaparse, BOM, CRLF): one description for all resources. */
export const CSV_RESOURCE = {
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8-sig',
  dialect: { delimiter: ',', header: true, lineTerminator: '\r\n' },
} as const;

export function dataPackage(input: PackageInput): object {
  return {
    profile: 'tabular-data-package',
    name: input.site.toLowerCase(),
    title: input.title,
    description: input.description,
    homepage: input.homepage,
    citation: input.citation,
    sources: input.sources,
    licenses: input.licenses,
    rights: input.rights,
    resources: [...TABLE_NAMES.map((name) => {
      const { header, rows } = input.tables[name];
      const columns = TABLES[name].columns as Record<string, { doc: string; required: boolean }>;
      return {
        name,
        path: TABLES[name].file,
        ...CSV_RESOURCE,
        schema: {
          fields: header.map((column, i) => ({
            name: column,
            type: fieldType(rows, i),
            description: columns[column]?.doc ?? '',
            ...(columns[column]?.required ? { constraints: { required: true } } : {}),
          })),
          primaryKey: TABLES[name].key,
        },
      };
    }), ...(input.extraResources ?? [])],
  };
}
