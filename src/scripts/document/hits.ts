/**
 * Arriving from search (`?highlight=…`): each value is marked in the text as one phrase, folded
 * (`cach ly` marks `cách ly`), and the page scrolls to the first hit and offers the next and
 * previous ones. Punctuation is ignored (`495TB/TU` is a hit for `495-TB/TU`); a hit never starts or
 * ends inside a word.
 */
import { foldLower } from '../../lib/vietnamese';

/** A text as compared: folded letters and digits, one space between words. */
interface Keyed {
  key: string;
  /** For each character of `key`, the text node and offset it came from (null for a space between nodes). */
  origin: ({ node: Text; offset: number } | null)[];
}

const WORD = /[\p{L}\p{N}]/u;
const BLOCKS = /^(P|LI|TD|TH|H[1-6]|BR|DIV|UL|OL|TR|TABLE|PRE|BLOCKQUOTE)$/;

/** The key of a phrase: `495-TB/TU` → `495tbtu`, `Cách  ly` → `cach ly`. */
export function phraseKey(phrase: string): string {
  return [...phrase.normalize('NFC')]
    .map((c) => (WORD.test(c) ? foldLower(c) : /\s/.test(c) ? ' ' : ''))
    .join('')
    .replace(/ +/g, ' ')
    .trim();
}

/** The key of everything under `root`, with where each of its characters came from. */
function keyOf(root: HTMLElement): Keyed {
  const keyed: Keyed = { key: '', origin: [] };
  const space = () => {
    if (keyed.key && !keyed.key.endsWith(' ')) {
      keyed.key += ' ';
      keyed.origin.push(null);
    }
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (BLOCKS.test(node.nodeName)) space();
      continue;
    }
    const text = node as Text;
    [...text.data].reduce((offset, c) => {
      if (WORD.test(c)) {
        keyed.key += foldLower(c);
        keyed.origin.push({ node: text, offset });
      } else if (/\s/.test(c)) space();
      return offset + c.length;
    }, 0);
  }
  return keyed;
}

/** Where each phrase occurs in the key, whole words only, as [start, end) in key characters. */
export function findHits(key: string, phrases: string[]): [number, number][] {
  const hits: [number, number][] = [];
  for (const phrase of phrases.map(phraseKey).filter(Boolean)) {
    for (let at = key.indexOf(phrase); at !== -1; at = key.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      const before = at === 0 || key[at - 1] === ' ';
      const after = end === key.length || key[end] === ' ';
      if (before && after) hits.push([at, end]);
    }
  }
  return hits
    .sort((a, b) => a[0] - b[0])
    .filter((hit, k, all) => k === 0 || hit[0] >= all[k - 1]![1]);
}

/** Wraps one hit in `<mark>` elements (one per text node it spans); returns them. */
function markHit(keyed: Keyed, [start, end]: [number, number]): HTMLElement[] {
  const byNode = new Map<Text, [number, number]>();
  for (let k = start; k < end; k++) {
    const origin = keyed.origin[k];
    if (!origin) continue;
    const span = byNode.get(origin.node);
    const charEnd = origin.offset + (origin.node.data.codePointAt(origin.offset)! > 0xffff ? 2 : 1);
    byNode.set(origin.node, span ? [span[0], charEnd] : [origin.offset, charEnd]);
  }
  const marks: HTMLElement[] = [];
  for (const [node, [from, to]] of byNode) {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    mark.className = 'hit';
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}

/** Marks the phrases in `root`; returns the first mark of each hit, in text order. */
export function markPhrases(root: HTMLElement, phrases: string[]): HTMLElement[] {
  const keyed = keyOf(root);
  // Mark from the last hit so that the offsets of earlier ones stay valid.
  const hits = findHits(keyed.key, phrases).reverse();
  return hits
    .map((hit) => markHit(keyed, hit)[0])
    .filter((m): m is HTMLElement => !!m)
    .reverse();
}

/** The hit bar: `Kết quả 2/5`, with previous and next; the first hit is scrolled to at once. */
export function startHits(text: HTMLElement, bar: HTMLElement): void {
  const phrases = new URLSearchParams(location.search).getAll('highlight').filter(Boolean);
  if (phrases.length === 0) return;
  const hits = markPhrases(text, phrases);
  const status = bar.querySelector<HTMLElement>('[data-hit-status]')!;
  bar.hidden = false;
  if (hits.length === 0) {
    status.textContent = `Không thấy «${phrases.join(' ')}» trong toàn văn`;
    bar.querySelectorAll('button').forEach((b) => (b.hidden = true));
    return;
  }
  let current = -1;
  const go = (k: number) => {
    hits[current]?.classList.remove('hit--current');
    current = (k + hits.length) % hits.length;
    const hit = hits[current]!;
    hit.classList.add('hit--current');
    hit.scrollIntoView({ block: 'center' });
    status.textContent = `«${phrases.join(' ')}»: ${current + 1}/${hits.length}`;
  };
  bar.querySelector('[data-hit="prev"]')!.addEventListener('click', () => go(current - 1));
  bar.querySelector('[data-hit="next"]')!.addEventListener('click', () => go(current + 1));
  go(0);
}
