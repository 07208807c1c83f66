// Shared wording for partial dates in hovers, symbols and hints.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2011-09-07" → "7 September 2011", "2013-01" → "January 2013", "2011" → "2011". */
export function describePartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
