// Export: an analysis as brat standoff (.ann beside the article's .txt), and the workspace's analyses
// as the CLI's JSON. Pure conversion; the client decides where the files go. brat counts offsets in
// Unicode code points (it is Python), so UTF-16 offsets are converted; spans crossing a line break
// become discontinuous fragments, as brat does not allow a newline inside one.
import { AnalysisOutput, ArticleAnalysis } from '../analysis/schema';
export { BRAT_CONF } from './bratConf';

export const EXPORT_REQUEST = 'inspectionLens/export';

interface Entity {
  start: number;
  end: number;
  type: string;
  notes?: string;
  attributes: string[];
  person?: number;
}

const brat = (s: string) => (s[0].toUpperCase() + s.slice(1)).replace(/ /g, '_');

/** UTF-16 offset → code-point offset. */
function codePoints(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (o) => o;
  const before = new Uint32Array(text.length + 1);
  for (let i = 0, n = 0; i <= text.length; i++) {
    before[i] = n;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return (o) => before[o];
}

function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  while (s < end) {
    let e = s;
    while (e < end && text[e] !== '\n' && text[e] !== '\r') e++;
    if (e > s) out.push([s, e]);
    s = e + 1;
  }
  return out;
}

export function toBratStandoff(analysis: ArticleAnalysis, text: string): string {
  const entities: Entity[] = [];
  analysis.people.forEach((p, i) => {
    for (const m of p.mentions) entities.push({ start: m.start, end: m.end, type: 'Person', notes: p.name, attributes: [], person: i });
    for (const r of p.roleMentions ?? []) entities.push({ start: r.start, end: r.end, type: 'Role', notes: r.role, attributes: r.former ? ['Former'] : [], person: -1 - i });
  });
  for (const o of analysis.organisations) for (const m of o.mentions) entities.push({ start: m.start, end: m.end, type: 'Organisation', notes: o.name, attributes: [] });
  for (const d of analysis.dates) entities.push({ start: d.start, end: d.end, type: 'Date', notes: d.resolved ?? undefined, attributes: [] });
  for (const r of analysis.ratings) entities.push({ start: r.start, end: r.end, type: 'Rating', notes: r.subject ?? undefined, attributes: [`Grade ${brat(r.grade)}`, `Status ${brat(r.status)}`] });
  entities.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));

  const cp = codePoints(text);
  const lines: string[] = [];
  const extra: string[] = [];
  const ids = new Map<Entity, string>();
  let attr = 0;
  let note = 0;
  entities.forEach((e, i) => {
    const frags = fragments(text, e.start, e.end);
    if (!frags.length) return;
    const id = `T${i + 1}`;
    ids.set(e, id);
    const where = frags.map(([s, t]) => `${cp(s)} ${cp(t)}`).join(';');
    lines.push(`${id}\t${e.type} ${where}\t${frags.map(([s, t]) => text.slice(s, t).replace(/\t/g, ' ')).join(' ')}`);
    for (const a of e.attributes) {
      const [name, value] = a.split(' ');
      extra.push(`A${++attr}\t${name} ${id}${value ? ` ${value}` : ''}`);
    }
    if (e.notes) extra.push(`#${++note}\tAnnotatorNotes ${id}\t${e.notes.replace(/[\t\r\n]+/g, ' ')}`);
  });
  // Coreference joins one person's mentions; a role is held by the person's mention nearest before it.
  let rel = 0;
  analysis.people.forEach((_, i) => {
    const mentions = entities.filter((e) => e.person === i && ids.has(e));
    if (mentions.length > 1) extra.push(`*\tCoreference ${mentions.map((m) => ids.get(m)).join(' ')}`);
    for (const role of entities.filter((e) => e.person === -1 - i && ids.has(e))) {
      const holder = [...mentions].reverse().find((m) => m.start <= role.start) ?? mentions[0];
      if (holder) extra.push(`R${++rel}\tHolds Arg1:${ids.get(holder)} Arg2:${ids.get(role)}`);
    }
  });
  return [...lines, ...extra].map((l) => `${l}\n`).join('');
}

/** The CLI's JSON: an array of analyses, validated against the same schema. */
export function toJsonExport(analyses: ArticleAnalysis[]): string {
  return `${JSON.stringify(AnalysisOutput.parse(analyses), null, 2)}\n`;
}
