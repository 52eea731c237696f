/**
 * Progressive enhancement of the server-rendered map on `/`: tooltip,
 * story panel per regency with the selection in the URL (?kabupaten=slug),
 * keyboard support, a picker for small regencies, and the scrolling story
 * highlighting regions. The page is complete without this file; it only
 * reads what the server already drew (regions, the table, the story steps).
 */
import type { Messages } from '@/lib/i18n.ts';

interface Region {
  kode: string;
  slug: string;
  name: string;
  status: string;
  workers: string;
  href: string;
  el: SVGElement;
}

const PARAM = 'kabupaten';

type PanelWords = Messages['mapPanel'];

function text(el: Element | null | undefined): string {
  return el?.textContent?.trim() ?? '';
}

export function enhanceMap(doc: Document = document): void {
  const root = doc.getElementById('peta');
  const tooltip = doc.getElementById('peta-tooltip');
  const panel = doc.getElementById('panel');
  const status = doc.getElementById('peta-status');
  const picker = doc.getElementById('peta-pilih') as HTMLSelectElement | null;
  if (!root || !tooltip || !panel || !status) return;
  // The page's words (messages(lang).mapPanel), embedded by HomeMap.astro: the catalog stays out of the bundle.
  const t = JSON.parse(root.dataset['words'] ?? '{}') as PanelWords;

  const regions = new Map<string, Region>();
  for (const el of root.querySelectorAll<SVGElement>('[data-kode]')) {
    const kode = el.dataset['kode'] ?? '';
    const row = doc.querySelector(`#tabel-kabupaten tr[data-kode="${kode}"]`);
    const link = row?.querySelector('a');
    const slug = el.dataset['slug'] ?? link?.getAttribute('href')?.split('/').filter(Boolean).pop() ?? '';
    regions.set(slug, {
      kode, slug, el,
      name: text(link),
      status: text(row?.children[1]),
      workers: text(row?.children[2]),
      href: link?.getAttribute('href') ?? el.getAttribute('href') ?? '#',
    });
  }
  const bySlug = (slug: string | null) => (slug ? regions.get(slug) : undefined);
  const fromTarget = (target: EventTarget | null) => {
    const el = (target as Element | null)?.closest?.('[data-kode]');
    return [...regions.values()].find((r) => r.el === el);
  };

  // Tooltip: follows the pointer, or sits by the focused region.
  function showTip(r: Region, x: number, y: number): void {
    tooltip!.textContent = '';
    const name = doc.createElement('strong');
    name.textContent = r.name;
    const line = doc.createElement('span');
    line.textContent = /\d/.test(r.workers) ? `${r.workers} ${t.workers}` : r.workers;
    const st = doc.createElement('span');
    st.textContent = r.status;
    tooltip!.append(name, line, st);
    tooltip!.hidden = false;
    const box = root!.getBoundingClientRect();
    const tipWidth = tooltip!.offsetWidth;
    const left = Math.min(Math.max(x - box.left + 12, 4), box.width - tipWidth - 4);
    tooltip!.style.left = `${left}px`;
    tooltip!.style.top = `${y - box.top + 12}px`;
  }
  const hideTip = () => { tooltip.hidden = true; };

  root.addEventListener('pointermove', (ev) => {
    const r = fromTarget(ev.target);
    if (r) showTip(r, ev.clientX, ev.clientY);
    else hideTip();
  });
  root.addEventListener('pointerleave', hideTip);
  // A tap has no hover: show the tooltip as the finger lands (the click then opens the panel).
  root.addEventListener('pointerdown', (ev) => {
    const r = fromTarget(ev.target);
    if (r && ev.pointerType !== 'mouse') showTip(r, ev.clientX, ev.clientY);
  });
  root.addEventListener('focusin', (ev) => {
    const r = fromTarget(ev.target);
    if (!r) return;
    const b = r.el.getBoundingClientRect();
    showTip(r, b.left + b.width / 2, b.top + b.height / 2);
  });
  root.addEventListener('focusout', hideTip);

  // The panel, with the selection in the URL so a shared link reopens it.
  let lastFocus: Element | null = null;
  function render(r: Region): void {
    panel!.textContent = '';
    const h = doc.createElement('h2');
    h.id = 'panel-judul';
    h.textContent = r.name;
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'panel-close';
    close.textContent = `× ${t.close}`;
    close.addEventListener('click', () => closePanel(true));
    const facts = doc.createElement('p');
    facts.textContent = `${r.status} · ${r.workers}`;
    panel!.append(close, h, facts);
    const steps = [...doc.querySelectorAll<HTMLElement>(`article.story[data-regency="${r.kode}"]`)];
    if (steps.length > 0) {
      const heading = doc.createElement('h3');
      heading.textContent = t.events;
      const list = doc.createElement('ul');
      for (const step of steps) {
        const li = doc.createElement('li');
        const a = doc.createElement('a');
        a.href = `#${step.id}`;
        a.textContent = `${text(step.querySelector('time'))} — ${text(step.querySelector('h3'))}`;
        li.append(a);
        list.append(li);
      }
      panel!.append(heading, list);
    } else {
      const p = doc.createElement('p');
      p.className = 'muted';
      p.textContent = t.noEvents;
      panel!.append(p);
    }
    const more = doc.createElement('a');
    more.href = r.href;
    more.className = 'panel-more';
    more.textContent = `${t.more} →`;
    panel!.append(more);
  }

  function openPanel(r: Region, push: boolean): void {
    lastFocus = doc.activeElement;
    render(r);
    panel!.hidden = false;
    panel!.dataset['openSlug'] = r.slug;
    for (const other of regions.values()) other.el.classList.toggle('is-selected', other === r);
    if (picker) picker.value = r.slug;
    status!.textContent = `${t.opened} ${r.name}`;
    if (push) {
      const url = new URL(location.href);
      url.searchParams.set(PARAM, r.slug);
      url.hash = '';
      history.pushState({ payungPanel: r.slug }, '', url);
    }
    panel!.focus({ preventScroll: false });
  }

  function closePanel(viaUser: boolean): void {
    if (panel!.hidden) return;
    panel!.hidden = true;
    delete panel!.dataset['openSlug'];
    for (const r of regions.values()) r.el.classList.remove('is-selected');
    status!.textContent = '';
    if (viaUser) {
      if (history.state?.payungPanel) history.back();
      else {
        const url = new URL(location.href);
        url.searchParams.delete(PARAM);
        history.replaceState(null, '', url);
      }
    }
    if (lastFocus instanceof HTMLElement || lastFocus instanceof SVGElement) lastFocus.focus();
  }

  function syncFromUrl(): void {
    const r = bySlug(new URL(location.href).searchParams.get(PARAM));
    if (r) openPanel(r, false);
    else closePanel(false);
  }

  root.addEventListener('click', (ev) => {
    const r = fromTarget(ev.target);
    if (!r) return;
    ev.preventDefault();
    openPanel(r, true);
  });
  root.addEventListener('keydown', (ev) => {
    if (ev.key !== ' ') return;
    const r = fromTarget(ev.target);
    if (!r) return;
    ev.preventDefault();
    openPanel(r, true);
  });
  doc.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden) closePanel(true);
  });
  window.addEventListener('popstate', syncFromUrl);

  if (picker) {
    picker.hidden = false;
    picker.closest('label')?.removeAttribute('hidden');
    picker.addEventListener('change', () => {
      const r = bySlug(picker.value);
      if (r) openPanel(r, true);
    });
  }

  // The scrolling story lights up the regency each step is about.
  const steps = doc.querySelectorAll<HTMLElement>('article.story[data-regency]');
  if ('IntersectionObserver' in window && steps.length > 0) {
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const kode = (entry.target as HTMLElement).dataset['regency'];
        for (const r of regions.values()) {
          if (r.kode === kode) r.el.classList.toggle('is-story', entry.isIntersecting);
        }
        entry.target.classList.toggle('is-active', entry.isIntersecting);
      }
    }, { rootMargin: '-40% 0px -40% 0px' });
    steps.forEach((s) => observer.observe(s));
  }

  syncFromUrl();
  performance.mark('map-ready');
}
