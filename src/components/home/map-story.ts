/**
 * The scrolling story lights up the regency each step is about, on the map beside the steps
 * (wide screens); on phones each step carries its own locator, which needs no script.
 */
export function observeStory(doc: Document, regionEl: (kode: string) => Element | null): void {
  const steps = doc.querySelectorAll<HTMLElement>('article.story[data-regency]');
  if (!('IntersectionObserver' in window) || steps.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        regionEl(el.dataset['regency'] ?? '')?.classList.toggle('is-story', entry.isIntersecting);
        el.classList.toggle('is-active', entry.isIntersecting);
      }
    },
    { rootMargin: '-45% 0px -45% 0px' },
  );
  steps.forEach((s) => observer.observe(s));
}
