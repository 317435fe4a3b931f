/**
 * Review times as the reviewer reads them: local date and time, with the UTC instant the file
 * records kept for the tooltip and the <time> element.
 */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }

  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** Date and minute only, for a choice in a list. */
export function shortLocalTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }

  return date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}
