// Groups name mentions into people: full names by their normalised form, and a surname with or
// without a title ("Mr Newsam", "Cllr Scott", "Scott") to the full name with that surname seen
// most recently before it, or else first after it. A titled surname with no full name anywhere
// becomes a person of its own, named as written ("Mr Smith"): a bare surname would lose who is meant.
import { Span } from './schema';
import { takesFirstName } from './titles';

export interface NameMention extends Span {
  kind: 'full' | 'titled' | 'bare';
  /** Normalised full name without title ("Malcolm Newsam"); for single words, the word. */
  name: string;
  /** Lowercase title, or null. */
  title: string | null;
  /** Index of the mention in its caller's list, returned in the clusters. */
  ref: number;
}

export interface Cluster {
  name: string;
  mentions: NameMention[];
}

const MALE = new Set(['mr', 'sir', 'lord', 'baron', 'viscount', 'earl']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);
const gender = (title: string | null) => (title && MALE.has(title) ? 'm' : title && FEMALE.has(title) ? 'f' : '');
const last = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
const first = (name: string) => name.slice(0, name.indexOf(' ') < 0 ? name.length : name.indexOf(' ')).toLowerCase();

export function clusterMentions(mentions: NameMention[]): Cluster[] {
  const byName = new Map<string, Cluster>();
  const order: Cluster[] = [];
  // Where each full-name cluster is written, for nearest-antecedent choice.
  const fullAt: Array<{ at: number; cluster: Cluster }> = [];
  for (const m of mentions) {
    if (m.kind !== 'full') continue;
    const key = m.name.toLowerCase();
    let c = byName.get(key);
    if (!c) {
      c = { name: m.name, mentions: [] };
      byName.set(key, c);
      order.push(c);
    }
    c.mentions.push(m);
    fullAt.push({ at: m.start, cluster: c });
  }
  const titledOnly = new Map<string, Cluster>();
  for (const m of mentions) {
    if (m.kind === 'full') continue;
    const word = m.name.toLowerCase();
    const byFirst = m.title !== null && takesFirstName(m.title);
    const fits = (c: Cluster) => (byFirst ? first(c.name) === word || last(c.name) === word : last(c.name) === word);
    let best: Cluster | null = null;
    for (const f of fullAt) {
      if (!fits(f.cluster)) continue;
      if (f.at < m.start) best = f.cluster;
      else if (!best) { best = f.cluster; break; }
    }
    if (best) { best.mentions.push(m); continue; }
    const g = gender(m.title);
    let own = titledOnly.get(`${word}|${g}`) ?? (g === '' ? [...titledOnly.entries()].find(([k]) => k.startsWith(`${word}|`))?.[1] : undefined)
      ?? titledOnly.get(`${word}|`);
    if (!own && m.kind === 'bare') continue;
    if (!own) {
      own = { name: m.text, mentions: [] };
      titledOnly.set(`${word}|${g}`, own);
      order.push(own);
    }
    own.mentions.push(m);
  }
  for (const c of order) c.mentions.sort((a, b) => a.start - b.start);
  return order;
}

