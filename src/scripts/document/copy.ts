/** "Sao chép trích dẫn" and "Sao chép liên kết": the buttons show once JavaScript runs, and say when they have copied. */

/** Copies `text`, through the clipboard API where the page may use it, else through a selection. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** Wires every `[data-copy-from]` (copies an element's text) and `[data-copy-link]` (copies an absolute URL) button. */
export function startCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>(
    '[data-copy-from], [data-copy-link]',
  )) {
    const label = button.textContent ?? '';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const from = button.dataset['copyFrom'];
      const text = from
        ? (document.getElementById(from)?.textContent ?? '').trim()
        : new URL(button.dataset['copyLink'] ?? '', location.href).href;
      const done = await copyText(text);
      button.textContent = done ? 'Đã sao chép' : 'Không sao chép được';
      button.setAttribute('aria-live', 'polite');
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
