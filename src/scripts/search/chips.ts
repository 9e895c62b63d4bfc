/**
 * The active filters, fields and date range shown as chips above the results; a chip's button
 * removes what it shows. On a phone the filter panel is folded behind a button that counts them.
 */
import { FIELD_KEYS, type FieldKey, type SearchState } from './state';
import { levelLabel } from '../../lib/levels';

/** What a chip shows and how removing it changes the state. */
export interface Chip {
  label: string;
  remove: (state: SearchState) => SearchState;
}

const FILTER_LABELS: Record<string, string> = {
  type: 'Loại',
  issuer: 'Cơ quan',
  level: 'Cấp',
  year: 'Năm',
  agency: 'Đơn vị được giao',
};
const FIELD_LABELS: Record<FieldKey, string> = {
  so: 'Số, ký hiệu',
  'trich-yeu': 'Trích yếu',
  'nguoi-ky': 'Người ký',
  'co-quan': 'Cơ quan',
};

/** `2021-09-20` → `20/9/2021`. */
function dayMonthYear(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)}/${Number(month)}/${year}`;
}

/** The chips of a state: every ticked filter, every advanced field, the date range. */
export function chipsOf(state: SearchState): Chip[] {
  const chips: Chip[] = [];
  for (const [key, values] of Object.entries(state.filters)) {
    for (const value of values) {
      chips.push({
        label: `${FILTER_LABELS[key] ?? key}: ${key === 'level' ? levelLabel(value) : value}`,
        remove: (s) => ({
          ...s,
          filters: { ...s.filters, [key]: (s.filters[key] ?? []).filter((v) => v !== value) },
        }),
      });
    }
  }
  for (const key of Object.keys(FIELD_KEYS) as FieldKey[]) {
    const value = state.fields[key];
    if (!value) continue;
    chips.push({
      label: `${FIELD_LABELS[key]}: ${value}`,
      remove: (s) => {
        const fields = { ...s.fields };
        delete fields[key];
        return { ...s, fields };
      },
    });
  }
  if (state.from || state.to) {
    const range = [
      state.from && `từ ${dayMonthYear(state.from)}`,
      state.to && `đến ${dayMonthYear(state.to)}`,
    ];
    chips.push({
      label: `Ngày ban hành ${range.filter(Boolean).join(' ')}`,
      remove: (s) => ({ ...s, from: '', to: '' }),
    });
  }
  return chips;
}

/** Shows the chips in `list`; clicking a chip's button calls `change` with the state without it. */
export function showChips(
  list: HTMLElement,
  state: SearchState,
  change: (state: SearchState) => void,
): void {
  list.replaceChildren(
    ...chipsOf(state).map((chip) => {
      const item = document.createElement('li');
      item.className = 'chip';
      item.append(chip.label);
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = '×';
      button.setAttribute('aria-label', `Bỏ lọc ${chip.label}`);
      button.addEventListener('click', () => change(chip.remove(state)));
      item.append(button);
      return item;
    }),
  );
  list.hidden = list.childElementCount === 0;
}
