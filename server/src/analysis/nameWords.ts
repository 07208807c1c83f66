// The lowercase words of the names of people and organisations in an article, for checks (such
// as spelling) that must leave names alone. Hyphenated names give both the whole and the parts.
import { Organisation, Person } from './schema';

const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;

export function nameWords(people: Person[], organisations: Organisation[]): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
    for (const m of s.matchAll(WORD)) {
      const w = m[0].toLowerCase().replace(/’/g, "'");
      out.add(w);
      if (w.includes('-')) for (const part of w.split('-')) if (part) out.add(part);
    }
  };
  for (const p of people) {
    add(p.name);
    p.aliases.forEach(add);
    p.mentions.forEach((m) => add(m.text));
  }
  for (const o of organisations) {
    add(o.name);
    o.mentions.forEach((m) => add(m.text));
  }
  return out;
}
