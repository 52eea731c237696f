/** The tooltip: follows a mouse, appears where a finger lands, sits by a focused regency. */
import type { RegionState } from './map-state.ts';

export interface Tooltip {
  show(region: RegionState, x: number, y: number): void;
  hide(): void;
}

export function createTooltip(root: HTMLElement, tip: HTMLElement): Tooltip {
  return {
    show(region, x, y) {
      const name = document.createElement('strong');
      name.textContent = region.name;
      const line = document.createElement('span');
      line.textContent = region.tip;
      tip.replaceChildren(name, line);
      tip.hidden = false;
      const box = root.getBoundingClientRect();
      const left = Math.min(Math.max(x - box.left + 12, 4), box.width - tip.offsetWidth - 4);
      tip.style.left = `${left}px`;
      tip.style.top = `${y - box.top + 12}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}
