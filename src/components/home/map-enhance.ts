/**
 * Progressive enhancement of the server-rendered map on `/`: tooltip, the launch story in a
 * panel (from map, picker, the table's links and deep links ?kabupaten=slug), keyboard, and the
 * scrolling story. Reads its state from the page's JSON data block (map-state.ts); the page is
 * complete without this file.
 */
import { clearSelection, pushSelection, selectedSlug } from './map-history.ts';
import { createPanel } from './map-panel.ts';
import { readMapState, type RegionState } from './map-state.ts';
import { observeStory } from './map-story.ts';
import { createTooltip } from './map-tooltip.ts';

export function enhanceMap(doc: Document = document): void {
  const root = doc.getElementById('peta');
  const tipEl = doc.getElementById('peta-tooltip');
  const panelEl = doc.getElementById('panel');
  const status = doc.getElementById('peta-status');
  const picker = doc.getElementById('peta-pilih');
  const state = readMapState(doc);
  if (!root || !tipEl || !panelEl || !status || !state) return;
  const { param } = state;

  const byKode = new Map(state.regions.map((r) => [r.kode, r]));
  const bySlug = new Map(state.regions.map((r) => [r.slug, r]));
  const regionEl = (kode: string) => root.querySelector(`[data-kode="${kode}"]`);
  const fromTarget = (target: EventTarget | null): RegionState | undefined => {
    const kode = (target as Element | null)?.closest?.('[data-kode]')?.getAttribute('data-kode');
    return kode ? byKode.get(kode) : undefined;
  };

  const tip = createTooltip(root, tipEl);
  // The hit targets lie above the shapes (hit-areas.ts), so CSS :hover never reaches the region
  // under the mouse: the outline follows the tooltip instead.
  let hovered: Element[] = [];
  let hoveredKode: string | null = null;
  const markHover = (kode: string | null) => {
    // pointermove fires many times over one region: only a change of region touches the DOM.
    if (kode === hoveredKode) return;
    hoveredKode = kode;
    for (const el of hovered) el.classList.remove('is-hover');
    hovered = kode ? [...root.querySelectorAll(`.jm-region[data-kode="${kode}"]`)] : [];
    for (const el of hovered) el.classList.add('is-hover');
  };
  root.addEventListener('pointermove', (ev) => {
    const r = fromTarget(ev.target);
    const mouse = ev.pointerType === 'mouse';
    markHover(r && mouse ? r.kode : null);
    if (r && mouse) tip.show(r, ev.clientX, ev.clientY);
    else if (!r) tip.hide();
  });
  root.addEventListener('pointerleave', () => {
    markHover(null);
    tip.hide();
  });
  root.addEventListener('focusin', (ev) => {
    const r = fromTarget(ev.target);
    const el = r && regionEl(r.kode);
    if (!r || !el) return;
    const b = el.getBoundingClientRect();
    tip.show(r, b.left + b.width / 2, b.top + b.height / 2);
  });
  root.addEventListener('focusout', () => tip.hide());

  const panel = createPanel(panelEl, state, { status, regionEl, onCloseClick: () => closeByUser() });
  const open = (r: RegionState) => {
    tip.hide();
    if (panel.current !== r.slug) pushSelection(param, r.slug);
    panel.open(r);
    if (picker instanceof HTMLSelectElement) picker.value = r.slug;
  };
  const closeByUser = () => {
    if (panel.current === null) return;
    panel.close();
    clearSelection(param);
  };
  const sync = () => {
    const r = bySlug.get(selectedSlug(param) ?? '');
    if (r) {
      panel.open(r);
      if (picker instanceof HTMLSelectElement) picker.value = r.slug;
    } else panel.close();
  };

  root.addEventListener('click', (ev) => {
    const r = fromTarget(ev.target);
    if (!r) return;
    ev.preventDefault();
    open(r);
  });
  // Links open on Enter by themselves; Space is what a button would take.
  root.addEventListener('keydown', (ev) => {
    const r = ev.key === ' ' ? fromTarget(ev.target) : undefined;
    if (!r) return;
    ev.preventDefault();
    open(r);
  });
  doc.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') closeByUser();
  });
  window.addEventListener('popstate', sync);

  // The regency table's links open the panel too (their href still works without script).
  doc.getElementById('tabel-kabupaten')?.addEventListener('click', (ev) => {
    const kode = (ev.target as Element).closest('tr[data-kode]')?.getAttribute('data-kode');
    const r = kode ? byKode.get(kode) : undefined;
    if (!r || !(ev.target as Element).closest('a') || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    ev.preventDefault();
    open(r);
  });

  if (picker instanceof HTMLSelectElement) {
    picker.closest('label')?.removeAttribute('hidden');
    picker.addEventListener('change', () => {
      const r = bySlug.get(picker.value);
      if (r) open(r);
    });
  }

  observeStory(doc, regionEl);
  sync();
  performance.mark('map-ready');
}
