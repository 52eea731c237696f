/**
 * Progressive enhancement of the embed snippets: shows each copy button and
 * copies its textarea. Without JavaScript the snippet is plain selectable text.
 */
export function enhanceCopyButtons(root: ParentNode = document): void {
  for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]'))) {
    const field = document.getElementById(button.dataset['copyTarget'] ?? '');
    if (!(field instanceof HTMLTextAreaElement) || button.dataset['ready']) continue;
    button.dataset['ready'] = '1';
    button.hidden = false;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    button.addEventListener('click', async () => {
      let ok = false;
      try {
        await navigator.clipboard.writeText(field.value);
        ok = true;
      } catch {
        field.select();
        ok = document.execCommand?.('copy') ?? false;
      }
      if (status) status.textContent = (ok ? button.dataset['copied'] : button.dataset['failed']) ?? '';
    });
  }
}
