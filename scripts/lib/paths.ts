import { resolve } from 'node:path';

/** Where editors' CSVs are read from; a test or benchmark may point elsewhere. */
export const dataDir = () => resolve(process.env['PAYUNG_DATA_DIR'] ?? 'data');
export { generatedDir } from '../../src/lib/generated-dir.ts';
