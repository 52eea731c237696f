/**
 * The story panel: fills itself from the regency's server-rendered <template>, marks the
 * regency on the map, announces itself, and gives focus back on close.
 */
import type { MapState, RegionState } from './map-state.ts';

export interface Panel {
  open(region: RegionState): void;
  close(): void;
  readonly current: string | null;
}

export function createPanel(panel: HTMLElement, state: MapState, opts: {
  status: HTMLElement;
  regionEl: (kode: string) => Element | null;
  onCloseClick: () => void;
}): Panel {
  let current: string | null = null;
  let lastFocus: Element | null = null;
  const mark = (kode: string | null) => {
    for (const r of state.regions) opts.regionEl(r.kode)?.classList.toggle('is-selected', r.kode === kode);
  };
  return {
    get current() {
      return current;
    },
    open(region) {
      const template = document.getElementById(`panel-${region.slug}`);
      if (!(template instanceof HTMLTemplateElement)) return;
      if (current === null) lastFocus = document.activeElement;
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'panel-close';
      close.textContent = `× ${state.words.close}`;
      close.addEventListener('click', opts.onCloseClick);
      panel.replaceChildren(close, template.content.cloneNode(true));
      panel.hidden = false;
      panel.dataset['openSlug'] = region.slug;
      current = region.slug;
      mark(region.kode);
      opts.status.textContent = `${state.words.opened} ${region.name}`;
      // focus() alone scrolls a panel taller than the screen to its middle, hiding its heading
      // and close button; start it at the top instead (inside the sticky column on wide screens).
      panel.focus({ preventScroll: true });
      panel.scrollIntoView({ block: 'start' });
    },
    close() {
      if (current === null) return;
      current = null;
      panel.hidden = true;
      panel.replaceChildren();
      delete panel.dataset['openSlug'];
      mark(null);
      opts.status.textContent = '';
      if (lastFocus instanceof HTMLElement || lastFocus instanceof SVGElement) lastFocus.focus();
      lastFocus = null;
    },
  };
}
