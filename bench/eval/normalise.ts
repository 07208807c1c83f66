// Normalisation of names and role phrases for the held-out evaluation (see eval/README.md).
// Both sides of every comparison go through the same function, so house style (curly quotes,
// "Cllr" against "Councillor", "Ofsted's" against "Ofsted") never decides a match.

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'baroness', 'baron', 'cllr', 'clr', 'coun', 'councillor', 'rev', 'revd', 'reverend',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

function straighten(s: string): string {
  return s.normalize('NFKC').replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00a0/g, ' ');
}

/** "Mrs Sue O’Neill," -> "sue o'neill"; "Dr. J. Smith" -> "j smith"; titles anywhere at the front are dropped. */
export function normaliseName(name: string): string {
  const tokens = straighten(name)
    .toLowerCase()
    .replace(/\./g, ' ')
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}'\- ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (tokens.length > 1 && TITLES.has(tokens[0])) tokens.shift();
  return tokens.join(' ').replace(/^'+|'+$/g, '');
}

// A post told by its verb is the post: "chairs the Forum" is "chair of the Forum", "leads the group" "leader of the group";
// in the past too ("chaired the Association").
const VERB_POSTS: Record<string, string> = {
  chairs: 'chair', leads: 'leader', heads: 'head', manages: 'manager', directs: 'director', edits: 'editor',
  chaired: 'chair', led: 'leader', headed: 'head', managed: 'manager', directed: 'director', edited: 'editor',
};

/** Lower case, possessive "'s" dropped, punctuation to spaces, determiners dropped, a leading post verb read as its post. */
export function roleTokens(role: string): string[] {
  const tokens = straighten(role)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t && !DETERMINERS.has(t));
  const post = VERB_POSTS[tokens[0]];
  if (post) tokens.splice(0, 1, post, 'of');
  return tokens;
}

export function normaliseRole(role: string): string {
  return roleTokens(role).join(' ');
}

/** Token-set Jaccard similarity. */
export function jaccard(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  for (const t of sa) if (sb.has(t)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/**
 * Lenient role match: after normalisation, one contains the other on token boundaries
 * ("director of children services" within "executive director of children services"),
 * or the token sets overlap with Jaccard >= 0.6.
 */
export function rolesMatch(a: string, b: string): boolean {
  const ta = roleTokens(a);
  const tb = roleTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const na = ` ${ta.join(' ')} `;
  const nb = ` ${tb.join(' ')} `;
  return na.includes(nb) || nb.includes(na) || jaccard(ta, tb) >= 0.6;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  // An empty span overlaps a span that strictly contains its position.
  if (a.start === a.end) return b.start <= a.start && a.start < b.end;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Gold fields may list several acceptable values. */
export function oneOf<T>(gold: T | T[], value: T): boolean {
  return Array.isArray(gold) ? gold.includes(value) : gold === value;
}

export function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}
