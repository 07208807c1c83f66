// Groups name mentions into people: full names by their normalised form, and a surname with or
// without a title ("Mr Newsam", "Cllr Scott", "Scott") to the full name with that surname seen
// most recently before it, or else first after it. A titled surname with no full name anywhere
// becomes a person of its own, named as written ("Mr Smith"): a bare surname would lose who is meant.
import { Span } from './schema';
import { misspeltSurname, respelledFirstName, respelledSurname } from './nameSpellings';
import { isGivenName } from './givenNames';
import { takesFirstName } from './titles';

export interface NameMention extends Span {
  kind: 'full' | 'titled' | 'bare';
  /** Normalised full name without title ("Malcolm Newsam"); for single words, the word. */
  name: string;
  /** Lowercase title, or null. */
  title: string | null;
  /** Index of the mention in its caller's list, returned in the clusters. */
  ref: number;
  /** The name for a person known only by this mention, when not its text ("Councillor Ahmed" in a list). */
  display?: string;
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
  // Full-name mentions by surname and by first name, in document order, for nearest-antecedent choice.
  const bySurname = new Map<string, Array<{ at: number; cluster: Cluster }>>();
  const byFirstName = new Map<string, Array<{ at: number; cluster: Cluster }>>();
  const push = (map: typeof bySurname, key: string, v: { at: number; cluster: Cluster }) => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };
  for (const m of mentions) {
    if (m.kind !== 'full') continue;
    const key = m.name.toLowerCase();
    let c = byName.get(key) ?? respelledFirstName(m.name, bySurname, (x) => x.name) ?? respelledSurname(m.name, byFirstName, (x) => x.name) ?? undefined;
    if (!c) {
      c = { name: m.name, mentions: [] };
      byName.set(key, c);
      order.push(c);
    }
    c.mentions.push(m);
    push(bySurname, last(m.name), { at: m.start, cluster: c });
    push(byFirstName, first(m.name), { at: m.start, cluster: c });
  }
  mergeShortForms(order, bySurname, byFirstName);
  const titledOnly = new Map<string, Cluster>();
  for (const m of mentions) {
    if (m.kind === 'full') continue;
    const word = m.name.toLowerCase();
    const byFirst = m.title !== null && takesFirstName(m.title);
    const best = nearest(bySurname.get(word), m.start) ?? (byFirst ? nearest(byFirstName.get(word), m.start) : null)
      ?? misspeltSurname(word, m.kind === 'titled' ? m.title : null, bySurname) ?? (m.kind === 'titled' ? familyNameFirst(word, byFirstName) : null);
    if (best) { best.mentions.push(m); continue; }
    const g = gender(m.title);
    let own = titledOnly.get(`${word}|${g}`) ?? titledOnly.get(`${word}|`)
      ?? (g === '' ? titledOnly.get(`${word}|m`) ?? titledOnly.get(`${word}|f`) : undefined);
    if (!own && m.kind === 'bare') continue;
    if (!own) {
      own = { name: m.display || m.text, mentions: [] };
      titledOnly.set(`${word}|${g}`, own);
      order.push(own);
    }
    own.mentions.push(m);
  }
  for (const c of order) c.mentions.sort((a, b) => a.start - b.start);
  return order;
}

/**
 * Short forms that stand alone as "full" names: a title before a surname of two words ("Councillor Ní
 * Bhriain", "Cllr ap Gwilym") and initials before a surname ("S. Al-Khouri", "M. de la Cruz"). Each joins
 * the one fuller name that ends with its surname (and, for initials, starts with the first initial).
 */
function mergeShortForms(order: Cluster[], ...indexes: Map<string, Array<{ at: number; cluster: Cluster }>>[]): void {
  // every proper tail of every name, to the clusters whose names end with it
  const byTail = new Map<string, Cluster[]>();
  for (const o of order) {
    const words = o.name.toLowerCase().split(' ');
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      const list = byTail.get(tail);
      if (!list) byTail.set(tail, [o]);
      else if (list.length < 3) list.push(o);
    }
  }
  const merged = new Map<Cluster, Cluster>();
  for (let i = order.length - 1; i >= 0; i--) {
    const c = order[i];
    const initials = INITIALS.exec(c.name);
    let fuller: Cluster[];
    if (initials) {
      const first = c.name[0].toLowerCase();
      fuller = (byTail.get(c.name.slice(initials[0].length).toLowerCase()) ?? [])
        .filter((o) => o !== c && !INITIALS.test(o.name) && o.name[0].toLowerCase() === first);
    } else if (c.mentions.every((m) => m.title !== null)) {
      fuller = (byTail.get(c.name.toLowerCase()) ?? []).filter((o) => o !== c);
    } else continue;
    fuller = fuller.filter((o) => !merged.has(o));
    // "E. van der Berg" and "Esther van der Berg" are one person: the name in full is the one to join
    if (fuller.length > 1) fuller = fuller.filter((o) => !INITIALS.test(o.name));
    if (fuller.length !== 1) continue;
    fuller[0].mentions.push(...c.mentions);
    merged.set(c, fuller[0]);
  }
  if (!merged.size) return;
  const kept = order.filter((o) => !merged.has(o));
  order.length = 0;
  order.push(...kept);
  const target = (c: Cluster): Cluster => {
    let t = c;
    while (merged.has(t)) t = merged.get(t)!;
    return t;
  };
  for (const index of indexes) for (const list of index.values()) for (const e of list) e.cluster = target(e.cluster);
}

// "S. ", "D. A. ", "JR ": initials before a surname
const INITIALS = /^(?:(?:\p{Lu}\.\s?)+|\p{Lu}{2,3}\s)(?=\S)/u;

/**
 * "Tran Thi Hoa" ... "Mrs Tran", "Ho Ka-wai" ... "Mr Ho": a name written family name first (Vietnamese, Chinese,
 * Korean), taken up by its title and family name. Only where no one has that surname, one person's name opens with the
 * word, the word is no given name, and the name has the shape of such names: three parts, or a hyphenated given name
 * ("Grant Shapps" ... "Mr Grant" is someone else).
 */
function familyNameFirst(word: string, byFirstName: Map<string, Array<{ at: number; cluster: Cluster }>>): Cluster | null {
  const list = byFirstName.get(word);
  if (!list || isGivenName(word)) return null;
  const clusters = new Set(list.map((x) => x.cluster));
  const parts = list[0].cluster.name.split(' ');
  return clusters.size === 1 && (parts.length >= 3 || parts[parts.length - 1].includes('-')) ? list[0].cluster : null;
}

/** The cluster written last before `at`, or else first after it (binary search: lists are in document order). */
function nearest(list: Array<{ at: number; cluster: Cluster }> | undefined, at: number): Cluster | null {
  if (!list || !list.length) return null;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1].cluster : list[0].cluster;
}
