/** A document page in the browser: copy buttons, citation previews, the search hits. */
import { startCopyButtons } from './document/copy';
import { startPreviews } from './document/preview';
import { startHits } from './document/hits';

/** Starts what a document page does with JavaScript; without it the page reads the same. */
export function startDocumentPage(): void {
  startCopyButtons();
  const text = document.querySelector<HTMLElement>('.doc-text');
  const box = document.getElementById('cite-preview');
  if (text && box) startPreviews(text, box, document.querySelector('[data-testid="cites"]'));
  const bar = document.getElementById('hit-bar');
  if (text && bar) startHits(text, bar);
}
