import { describe, expect, it } from 'vitest';
import { repeatedQuotes, type QuoteSpot } from '@/lib/quote-once.ts';

const spot = (anchor: string, text: string): QuoteSpot => ({ anchor, label: anchor, text });

describe('repeatedQuotes', () => {
  it('points later copies of a sentence at the first spot that quoted it', () => {
    const spots = [spot('a', 'Pada tahun 2025, kata Ode.'), spot('b', 'Lain sama sekali.'), spot('c', 'Pada tahun 2025, kata Ode.'), spot('d', 'Pada tahun 2025, kata Ode.')];
    const repeats = repeatedQuotes(spots);
    expect([...repeats.keys()]).toEqual(['c', 'd']);
    expect(repeats.get('c')?.anchor).toBe('a');
    expect(repeats.get('d')?.anchor).toBe('a');
  });

  it('treats quotation marks, spacing and case as the same sentence', () => {
    const repeats = repeatedQuotes([spot('a', '“Data di  NTT, dari kira-kira satu juta”'), spot('b', 'data di NTT, dari kira-kira satu juta')]);
    expect(repeats.get('b')?.anchor).toBe('a');
  });

  it('counts a part of an earlier quotation as quoted, but not the other way round', () => {
    const long = 'Menurut data BPJS, tingkat kepesertaan di Ende telah mencapai 45%, melampaui target awal.';
    const part = 'tingkat kepesertaan di Ende telah mencapai 45%';
    expect(repeatedQuotes([spot('a', long), spot('b', part)]).get('b')?.anchor).toBe('a');
    // The longer sentence says more than the part: it is quoted in full.
    expect(repeatedQuotes([spot('a', part), spot('b', long)]).size).toBe(0);
  });

  it('quotes different sentences and leaves empty ones alone', () => {
    expect(repeatedQuotes([spot('a', 'Satu.'), spot('b', 'Dua.'), spot('c', ''), spot('d', '')]).size).toBe(0);
  });
});
