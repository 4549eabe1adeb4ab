// Blazar's date format: what it reads in start_date, end_date and before_end_date.

/** "YYYY-MM-DD HH:MM" in UTC (seconds dropped): the form Blazar's API takes. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}
