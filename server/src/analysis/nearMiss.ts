// Near misses: the one-edit neighbours of a word (Damerau: one letter dropped, added, changed, or
// two neighbours swapped), and months and weekdays, whose misspellings are errors even though the
// names are capitalised.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

export type EditKind = 'transposition' | 'deletion' | 'insertion' | 'substitution';

/** Calls `visit` with each one-edit neighbour of `lower`, most typo-like kinds first; stops when it returns true. */
export function forEachEdit(lower: string, visit: (cand: string, kind: EditKind) => boolean): boolean {
  const n = lower.length;
  for (let i = 0; i + 1 < n; i++) {
    if (lower[i] === lower[i + 1]) continue;
    if (visit(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2), 'transposition')) return true;
  }
  for (let i = 0; i < n; i++) {
    if (i > 0 && lower[i] === lower[i - 1]) continue;
    if (visit(lower.slice(0, i) + lower.slice(i + 1), 'deletion')) return true;
  }
  for (let i = 0; i <= n; i++) {
    for (const c of ALPHABET) if (visit(lower.slice(0, i) + c + lower.slice(i), 'insertion')) return true;
  }
  for (let i = 0; i < n; i++) {
    for (const c of ALPHABET) {
      if (c !== lower[i] && visit(lower.slice(0, i) + c + lower.slice(i + 1), 'substitution')) return true;
    }
  }
  return false;
}

/** The first one-edit neighbour that `accepts` takes, with how it differs; null if none. */
export function nearestWord(lower: string, accepts: (w: string) => boolean): { word: string; kind: EditKind } | null {
  let found: { word: string; kind: EditKind } | null = null;
  forEachEdit(lower, (cand, kind) => {
    if (cand.length > 1 && accepts(cand)) found = { word: cand, kind };
    return found !== null;
  });
  return found;
}

/** Every distinct one-edit neighbour `accepts` takes, in the order forEachEdit yields them, at most `max`. */
export function oneEditSuggestions(lower: string, accepts: (w: string) => boolean, max: number): string[] {
  const out: string[] = [];
  forEachEdit(lower, (cand) => {
    if (cand.length > 1 && !out.includes(cand) && accepts(cand)) out.push(cand);
    return out.length >= max;
  });
  return out;
}

const CALENDAR = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The month or weekday that `word` misspells: one edit away, or two for the long names
 * ("Wendesday", "Feburary"), where a two-edit coincidence with a real name is unlikely.
 */
export function misspeltCalendarName(word: string): string | null {
  if (word.length < 4) return null;
  const lower = word.toLowerCase();
  for (const name of CALENDAR) {
    const target = name.toLowerCase();
    if (lower === target) return null;
    const limit = target.length >= 8 ? 2 : 1;
    if (editDistance(lower, target, limit) <= limit) return name;
  }
  return null;
}
