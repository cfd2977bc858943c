const formats = new Map<string, Intl.DateTimeFormat>();

/** A point in time as the shopper reads it, e.g. "Nov 21, 2026, 9:15 AM"; the raw text when it isn't one. */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format.format(date);
}
