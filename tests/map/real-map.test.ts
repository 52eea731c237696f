/** The choropleth of the real province (drawn from the committed geo/). */
import { gzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChoropleth } from '@/map/choropleth.ts';
import { renderLocator } from '@/map/locator.ts';
import { committedGeo } from './fixtures/committed-geo.ts';

describe('the real choropleth', () => {
  const setup = () => {
    const { topology, context, regions } = committedGeo();
    const svg = renderChoropleth({ topology, context, regions, lang: 'id', labels: { title: 't', desc: 'd' } });
    return { svg, topology, context };
  };
  let cached: ReturnType<typeof setup> | undefined;
  const get = () => (cached ??= setup());

  it(`links all 22 regencies and stays within 12 KiB gzip`, () => {
    const { svg } = get();
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('a[data-kode]')).toHaveLength(22);
    expect(gzipSync(svg).length).toBeLessThanOrEqual(12 * 1024);
  });

  it(`gives Kota Kupang a callout in both label sets`, () => {
    const doc = new DOMParser().parseFromString(get().svg, 'image/svg+xml');
    for (const set of ['.jm-labels-wide', '.jm-labels-narrow']) {
      const callouts = [...doc.querySelectorAll(`${set} .jm-label-callout`)].map((t) => t.textContent);
      expect(callouts).toContain('Kota Kupang');
    }
  });

  it(`labels every regency with published figures, with its figure, at both sizes`, () => {
    const doc = new DOMParser().parseFromString(get().svg, 'image/svg+xml');
    for (const set of ['.jm-labels-wide', '.jm-labels-narrow']) {
      const texts = [...doc.querySelectorAll(`${set} text`)].map((t) => t.textContent ?? '');
      for (const figure of ['14.880', '10.252', '9.345', '3.986']) expect(texts.some((t) => t.includes(figure))).toBe(true);
    }
  });

  it(`renders a small locator, ringing tiny Kota Kupang`, () => {
    const { topology, context } = get();
    const svg = renderLocator({ topology, context, kode: '53.71' });
    expect(svg).toContain('class="jm-marker"');
    expect(svg).toContain('Lokasi Kota Kupang di Nusa Tenggara Timur');
    expect(gzipSync(svg).length).toBeLessThan(5 * 1024);
    expect(renderLocator({ topology, context, kode: '53.03' })).not.toContain('jm-marker');
    expect(() => renderLocator({ topology, context, kode: '53.99' })).toThrow(/53\.99/);
  });
});
