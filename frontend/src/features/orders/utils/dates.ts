const formats = new Map<string, Intl.DateTimeFormat>();

function format(iso: string, locale: string | undefined, withTime: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale ?? ''}|${withTime}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      locale,
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
    );
    formats.set(key, formatter);
  }
  return formatter.format(date);
}

/** A point in time as the shopper reads it, e.g. "Nov 21, 2026, 9:15 AM"; the raw text when it isn't one. */
export function formatDateTime(iso: string, locale?: string): string {
  return format(iso, locale, true);
}

/** The day of a point in time, e.g. "Nov 21, 2026". */
export function formatDate(iso: string, locale?: string): string {
  return format(iso, locale, false);
}
