/**
 * The /chiffres/ enhancer: filters and sorts the rows in place from the form, keeps the state in
 * the address (so a filtered view can be shared) and restores it on load. Loaded on first use of
 * the form. Rows stay in their theme; a theme with no row left is hidden.
 */
import { compareRows, FILTER_PARAMS, keeps, readState, writeState, type FilterKey, type FilterRow, type FilterState } from './figure-filter-state.ts';

const rowOf = (tr: HTMLElement): FilterRow => ({
  theme: tr.dataset.theme ?? '',
  status: tr.dataset.status ?? '',
  source: tr.dataset.source ?? '',
  year: tr.dataset.year ?? '',
  value: Number(tr.dataset.value),
  order: Number(tr.dataset.order),
  text: tr.dataset.text ?? '',
});

const plural = (n: number) => (n > 1 ? 's' : '');

export function enhanceFigureFilters(form: HTMLFormElement): void {
  const groups = [...document.querySelectorAll<HTMLTableSectionElement>('[data-theme-group]')];
  const count = form.querySelector<HTMLElement>('[data-figure-count]');
  const field = (key: FilterKey) => form.elements.namedItem(FILTER_PARAMS[key]) as HTMLInputElement | HTMLSelectElement | null;
  const keys = Object.keys(FILTER_PARAMS) as FilterKey[];

  const stateOfForm = (): FilterState => Object.fromEntries(keys.map((k) => [k, field(k)?.value.trim() ?? ''])) as FilterState;

  const apply = (state: FilterState) => {
    let shown = 0;
    let total = 0;
    const order = compareRows(state.sort);
    for (const g of groups) {
      const rows = [...g.querySelectorAll<HTMLElement>('[data-figure-row]')];
      total += rows.length;
      const sorted = rows.map((tr) => ({ tr, row: rowOf(tr) })).sort((a, b) => order(a.row, b.row));
      let inGroup = 0;
      for (const { tr, row } of sorted) {
        const keep = keeps(row, state);
        tr.hidden = !keep;
        if (keep) inGroup += 1;
        g.append(tr);
      }
      g.hidden = inGroup === 0;
      shown += inGroup;
    }
    if (count) count.textContent = shown === total ? `${total} chiffres affichés, tous.` : `${shown} chiffre${plural(shown)} affiché${plural(shown)} sur ${total}.`;
  };

  const update = () => {
    const state = stateOfForm();
    apply(state);
    history.replaceState(null, '', `${location.pathname}${writeState(state)}${location.hash}`);
  };

  // Restore a shared view: the address wins over the form's defaults.
  const initial = readState(location.search);
  for (const k of keys) {
    const f = field(k);
    if (f && initial[k]) f.value = initial[k];
  }
  // Also keeps what a reader typed while this module was loading (it loads on first focus).
  update();

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(update));
}
