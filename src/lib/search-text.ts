/**
 * The text forms of the search index. Pagefind folds tone and vowel marks (`dũng` finds `dung`)
 * but not `đ`, which is a letter of its own in Unicode. The index therefore holds `đ` as `d` with a
 * combining stroke (U+0335), a mark Pagefind folds away like the others: `Đinh` is found by
 * `dinh`, and a phrase keeps its word positions. Queries are sent with `đ→d` (`latinD`);
 * what the index returns is shown with `đ` again.
 */

/** The combining stroke that stands for the bar of `đ` in the index. */
const STROKE = '\u0335';

/** Text as the index holds it: `Đinh` → `D̵inh`. */
export function indexForm(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Text from the index as the document prints it: `D̵inh` → `Đinh`. */
export function shownForm(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}
