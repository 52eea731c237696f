import { describe, expect, it } from 'vitest';
import { allowedNumbers, numberTokens, strayNumbers } from '@/lib/number-trace.ts';
import { datasetFrom } from '../helpers/dataset.ts';
import { readerText } from '../static/page-text.ts';

const dataset = datasetFrom('data');
const allowed = allowedNumbers(dataset, ['kode Kepmendagri 300.2.2-2430/2025']);
const page = (body: string) => `<!doctype html><html><head><title>Uji</title></head><body>${body}</body></html>`;

describe('number tracing', () => {
  it('reads Indonesian and English number spellings as single tokens', () => {
    expect(numberTokens('sekitar 10.252 pekerja; about 10,252; Rp1,5 miliar; 7 Juli 2025')).toEqual(['10.252', '10,252', '1,5', '7', '2025']);
  });

  it('passes a page whose numbers all come from the data, its derived ranges, dates and counts', () => {
    const html = page(
      '<h1>Janji 100.000 pekerja rentan</h1><p>sekitar 32.152 pekerja rentan di 4 kabupaten; 12.717–13.717 (12,7–13,7%)</p>' +
      '<p>sekitar Rp12.900–13.800; 9.731 + 1.521 = 11.252 ≠ sekitar 10.252; selisih 1.000; 7 Juli 2025; Rp1,45 miliar</p>' +
      '<table><tr><td>14.880</td><td>3.986</td></tr></table><p>kode Kepmendagri 300.2.2-2430/2025</p>',
    );
    expect(strayNumbers(readerText(html), allowed)).toEqual([]);
  });

  it('fails a page with a typed number that no data explains, and names it', () => {
    const html = page('<p>Target 250.000 pekerja pada 2030, di <span aria-label="83 kabupaten">sini</span></p>');
    expect(strayNumbers(readerText(html), allowed)).toEqual(['250.000', '2030', '83']);
  });

  it('fails a derived figure shown more precisely than its inputs allow (Rp13.376, Rp16.801)', () => {
    expect(strayNumbers(readerText(page('<p>Rp13.376 per pekerja; Rp16.801 per pekerja</p>')), allowed)).toEqual(['13.376', '16.801']);
  });

  it('does not let adjacent table cells run together, and ignores scripts, code samples and URLs', () => {
    const html = page('<table><tr><td>14.880</td><td>14.880</td></tr></table><script>var x = 98765</script><code>height="760"</code><p>http://localhost:4321/x</p>');
    expect(strayNumbers(readerText(html), allowed)).toEqual([]);
  });
});
