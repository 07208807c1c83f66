// A plural title shared by a list of names: "Councillors Ahmed, Fitzgerald and Penrose", "Drs Smith
// and Jones". Each listed name is a person titled with the singular ("Councillor Fitzgerald"); the
// plural never becomes part of a name. The list must close with "and X" or at the end of the
// sentence, so "Councillors Ahmed, Labour group leader, said" reads one name only.
import { Segment } from './nameCandidates';
import { titleCase } from './nameTokens';

const SINGULAR: Record<string, string> = {
  councillors: 'Councillor', cllrs: 'Cllr', clrs: 'Clr', drs: 'Dr', profs: 'Prof', messrs: 'Mr',
};
const COMMA = /^\s*,\s+$/;

export interface ListTitle {
  /** Lowercase singular title ("councillor"), as a title token's lower form would read. */
  title: string;
  /** The name to use when no full name is found ("Councillor Ahmed"). */
  display: string;
}

/** Segments named in a plural-title list, with the singular title each takes. */
export function listTitles(segments: Segment[]): Map<Segment, ListTitle> {
  const out = new Map<Segment, ListTitle>();
  // Segments of one sentence are consecutive and in token order.
  const startAt = new Map<number, Segment>();
  let mapped = -1;
  for (let i = 0; i < segments.length; i++) {
    const head = segments[i];
    const t = head.title >= 0 ? head.toks[head.title] : null;
    const singular = t ? SINGULAR[t.lower.replace(/\.$/, '')] : undefined;
    if (!singular) continue;
    // Built once per sentence, so a sentence of many plural titles stays linear.
    if (mapped !== head.sentence) {
      mapped = head.sentence;
      startAt.clear();
      for (let k = i + 1; k < segments.length && segments[k].sentence === head.sentence; k++) startAt.set(segments[k].from, segments[k]);
    }
    const members = [head];
    const toks = head.toks;
    let pos = head.to + 1;
    let closed = false;
    while (pos < toks.length) {
      // Minutes put a member's role in brackets ("J. Whitfield (Chair), M. Osei"): the list goes on after it.
      let gap = toks[pos].gap;
      if (/^\s*\($/.test(gap)) {
        let q = pos + 1;
        while (q < toks.length && q - pos < 8 && !/\)/.test(toks[q].gap)) q++;
        if (q >= toks.length || q - pos >= 8) break;
        pos = q;
        gap = toks[q].gap.replace(/^\s*\)/, '');
      }
      const conj = toks[pos].lower === 'and' && (gap.trim() === '' || COMMA.test(gap)) ? pos : -1;
      const at = conj >= 0 ? pos + 1 : COMMA.test(gap) ? pos : -1;
      const seg = at >= 0 ? startAt.get(at) : undefined;
      if (!seg || seg.title >= 0 || (conj >= 0 && toks[at].gap !== ' ')) break;
      const after = toks[seg.to + 1];
      // A comma-joined member must itself end at a comma or an "and"; the "and" member closes the list.
      if (conj < 0 && after && !/^\s*[,(]/.test(after.gap) && after.lower !== 'and') break;
      members.push(seg);
      pos = seg.to + 1;
      if (conj >= 0) { closed = true; break; }
    }
    if (!closed && pos < toks.length && !/^\s*[;.]/.test(toks[pos].gap)) members.length = 1;
    for (const m of members) {
      const w = m.toks[m.to];
      const surname = w.allCaps ? titleCase(w.text) : w.text;
      out.set(m, { title: singular.toLowerCase(), display: m.to === m.from ? `${singular} ${surname}` : '' });
    }
  }
  return out;
}
