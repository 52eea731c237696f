import { resolve } from 'node:path';

/** Where editors' CSVs are read from; a test or benchmark may point elsewhere. */
export const dataDir = () => resolve(process.env['JARING_DATA_DIR'] ?? 'data');
/** Where generated JSON goes; never committed. */
export const generatedDir = () => resolve(process.env['JARING_GENERATED_DIR'] ?? 'generated');
