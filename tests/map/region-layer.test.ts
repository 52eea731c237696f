import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mapIds } from '@/map/patterns.ts';
import { regionClass, regionFill, regionLayer, type RegionLayerInput } from '@/map/region-layer.ts';
import { relativePath } from '@/map/relative-path.ts';
import { workerClasses } from '@/map/worker-classes.ts';
import { miniContext } from './fixtures/mini-topology.ts';
import { miniMap, miniRegions } from './fixtures/mini-map.ts';

const parse = (svg: string) => new DOMParser().parseFromString(`<!doctype html><html><body><svg>${svg}</svg></body></html>`, 'text/html');
const map = miniMap();
const classes = workerClasses([14880], 'id');
const ids = mapIds('t');
const input = (extra: Partial<RegionLayerInput> = {}): RegionLayerInput => ({
  joined: map.joined, context: miniContext, draw: relativePath(map.projection), classes, ids, width: map.width, mapHeight: map.mapHeight, lang: 'en', ...extra,
});
const [figures, launch, none] = miniRegions as [typeof miniRegions[0], typeof miniRegions[0], typeof miniRegions[0]];

describe('regionClass and regionFill', () => {
  it('colours a regency with figures by its class and leaves its fill to the stylesheet', () => {
    expect(regionClass(figures, classes)).toBe(`jm-region jm-figures ${classes.classOf(14880).className}`);
    expect(regionFill(figures, ids)).toBeUndefined();
  });

  it('paints the two kinds of "no figures" with their own patterns', () => {
    expect([regionClass(launch, classes), regionFill(launch, ids)]).toEqual(['jm-region jm-launch', `url(#${ids.launch})`]);
    expect([regionClass(none, classes), regionFill(none, ids)]).toEqual(['jm-region jm-none', `url(#${ids.none})`]);
  });
});

describe('regionLayer', () => {
  it('draws sea, then clipped neighbouring land, then one link per regency', () => {
    const doc = parse(regionLayer(input(), true));
    const layers = [...(doc.querySelector('svg')?.children ?? [])].map((e) => e.getAttribute('class'));
    expect(layers).toEqual(['jm-sea', 'jm-context', 'jm-regions']);
    expect(doc.querySelector('.jm-context')?.getAttribute('clip-path')).toBe(`url(#${ids.clip})`);
    expect(doc.querySelectorAll('.jm-context path')).toHaveLength(miniContext.features.length);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('data-kode'))).toEqual(['53.01', '53.20', '53.71']);
  });

  it('names each regency in a tooltip only when asked', () => {
    expect(parse(regionLayer(input(), true)).querySelector('[data-kode="53.01"] title')?.textContent).toBe('Kupang: 14,880 enrolled workers');
    expect(parse(regionLayer(input(), false)).querySelectorAll('title')).toHaveLength(0);
  });

  it('opens region links in a new tab, without an opener, only inside an embed', () => {
    const embedded = parse(regionLayer(input({ linkTarget: '_blank' }), true)).querySelector('a');
    expect([embedded?.getAttribute('target'), embedded?.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
    const page = parse(regionLayer(input(), true)).querySelector('a');
    expect([page?.getAttribute('target'), page?.getAttribute('rel')]).toEqual([null, null]);
  });
});
