/** French dates, from partial ISO strings ("2016", "2016-05", "2016-05-03"). Pure. */

const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `3 mai 2016`, `mai 2016`, `2016`, or « date inconnue » when there is none. */
export function formatPartialDate(iso: string | undefined): string {
  if (!iso) return 'date inconnue';
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined) return 'date inconnue';
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === undefined ? month.format(date) : day.format(date);
}

/** `26 novembre 2026` from a Date (UTC, so builds do not depend on the machine's zone). */
export function formatDate(date: Date): string {
  return day.format(date);
}
