/**
 * A sentence is quoted once per page. Several figures often come from one sentence (Nagekeo's
 * Rp1,5 miliar, 9.345, 6.311 and 3.034 all come from one paragraph); quoting it under each of
 * them made the page repeat itself. Later figures point back to where the sentence stands.
 */
import type { Figure } from './schema.ts';
import { formatQualified, type Lang } from './format.ts';

/** One place on a page that quotes a source sentence, in reading order. */
export interface QuoteSpot {
  /** The element id a link can point at. */
  anchor: string;
  /** What a reader sees there (a figure's value, a speaker's name). */
  label: string;
  text: string;
}

/** Quotation marks and spacing differ between copies of one sentence; the words do not. */
const words = (text: string) => text.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id-ID');

/**
 * For every spot whose sentence was already quoted earlier (the same words, or words contained in
 * an earlier quotation), the first spot that quoted it. Spots not in the map quote their sentence.
 */
export function repeatedQuotes(spots: readonly QuoteSpot[]): Map<string, QuoteSpot> {
  const repeats = new Map<string, QuoteSpot>();
  const quoted: { spot: QuoteSpot; words: string }[] = [];
  for (const spot of spots) {
    const w = words(spot.text);
    if (w === '') continue;
    const earlier = quoted.find((q) => q.words.includes(w));
    if (earlier) repeats.set(spot.anchor, earlier.spot);
    else quoted.push({ spot, words: w });
  }
  return repeats;
}

/** Where each figure of a list would quote its sentence, labelled by its value ("sekitar 10.252 pekerja"). */
export function figureSpots(figures: readonly Figure[], lang: Lang): QuoteSpot[] {
  return figures.map((f) => ({ anchor: `angka-${f.id}`, label: formatQualified(f.value, f.qualifier, lang, f.unit), text: f.quote }));
}
