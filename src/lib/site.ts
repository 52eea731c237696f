/**
 * The site's name, in one place. Pages, share cards, download names, credits in
 * PNG/SVG/CSV and the embed protocol all read it from here.
 */
export const SITE_NAME = 'Payung';

/** Lower-case form for file names (`payung-…`), CSS container names and message types. */
export const SITE_SLUG = 'payung';

/** Where the regency boundaries come from, and the decree their codes follow (credited wherever a map is). */
export const BOUNDARY_SOURCE = 'cahyadsn/wilayah_boundaries (MIT)';
export const REGION_CODES = 'Kepmendagri 300.2.2-2430/2025';
