/**
 * The site's name, in one place. Pages, share cards, download names, credits in
 * PNG/SVG/CSV and the embed protocol all read it from here.
 */
export const SITE_NAME = 'Payung';

/** Lower-case form for file names (`payung-…`), CSS container names and message types. */
export const SITE_SLUG = 'payung';
