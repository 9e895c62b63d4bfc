/**
 * A citation's preview: hovering or focusing a citation in the text shows the cited document's
 * type and number, date and title, or that it is not in the archive, from the page's own list of
 * cited documents (no request).
 */

/** The preview's lines for a cited number, from its entry in the list of cited documents. */
function previewLines(entry: HTMLElement): string[] {
  const { label, date, title } = entry.dataset;
  return [
    [label, date].filter(Boolean).join(', '),
    title ?? '',
    'missing' in entry.dataset ? 'Chưa có trong kho' : '',
  ].filter(Boolean);
}

/** Shows the preview of each `a.cite` in `text` on hover and focus, in `box`. */
export function startPreviews(text: HTMLElement, box: HTMLElement, list: HTMLElement | null): void {
  const entries = new Map<string, HTMLElement>();
  for (const entry of list?.querySelectorAll<HTMLElement>('li[data-number]') ?? [])
    entries.set(entry.dataset['number']!, entry);
  let shownFor: HTMLElement | null = null;
  const hide = () => {
    box.hidden = true;
    shownFor?.removeAttribute('aria-describedby');
    shownFor = null;
  };
  const show = (link: HTMLElement) => {
    const entry = entries.get(link.dataset['number'] ?? '');
    if (!entry) return;
    box.replaceChildren(
      ...previewLines(entry).map((line, k) => {
        const p = document.createElement(k === 0 ? 'strong' : 'span');
        p.textContent = line;
        return p;
      }),
    );
    box.classList.toggle('cite-preview--missing', 'missing' in entry.dataset);
    box.hidden = false;
    const rect = link.getBoundingClientRect();
    const width = Math.min(384, document.documentElement.clientWidth - 16);
    box.style.setProperty(
      '--left',
      `${Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8)) + scrollX}px`,
    );
    box.style.setProperty('--top', `${rect.bottom + scrollY + 6}px`);
    link.setAttribute('aria-describedby', box.id);
    shownFor = link;
  };
  for (const link of text.querySelectorAll<HTMLElement>('a.cite')) {
    link.removeAttribute('title');
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('focus', () => show(link));
    link.addEventListener('mouseleave', hide);
    link.addEventListener('blur', hide);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
