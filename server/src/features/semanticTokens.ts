// Semantic tokens: people, organisations, roles, dates and grades coloured in plain text. The legend
// uses standard token types so every theme and every client colours them without configuration:
// person → variable, organisation → namespace, role → property, date → number, grade → enumMember;
// a person's first full mention carries the `declaration` modifier, as a definition does in code.
// Nested spans (an organisation inside a role) are split so the innermost wins; tokens never cross lines.
import { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleAnalysis } from '../analysis/schema';
import { isFullMention } from '../workspace/personIndex';

export const TOKEN_TYPES = ['variable', 'namespace', 'property', 'number', 'enumMember'] as const;
export const TOKEN_MODIFIERS = ['declaration'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const PERSON = 0, ORGANISATION = 1, ROLE = 2, DATE = 3, GRADE = 4;

interface Painted {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

function spansOf(a: ArticleAnalysis): Painted[] {
  const out: Painted[] = [];
  for (const p of a.people) {
    const decl = p.mentions.find((m) => isFullMention(m.text)) ?? p.mentions[0];
    for (const m of p.mentions) out.push({ start: m.start, end: m.end, type: PERSON, modifiers: m === decl ? 1 : 0 });
    for (const r of p.roleMentions ?? []) out.push({ start: r.start, end: r.end, type: ROLE, modifiers: 0 });
  }
  for (const o of a.organisations) for (const m of o.mentions) out.push({ start: m.start, end: m.end, type: ORGANISATION, modifiers: 0 });
  for (const d of a.dates) out.push({ start: d.start, end: d.end, type: DATE, modifiers: 0 });
  for (const r of a.ratings) out.push({ start: r.start, end: r.end, type: GRADE, modifiers: 0 });
  return out.filter((s) => s.end > s.start);
}

/** Non-overlapping pieces: at each point the span that started last (the innermost) wins. */
function flatten(spans: Painted[]): Painted[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const bounds = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const stack: Painted[] = [];
  const out: Painted[] = [];
  let owner: Painted | undefined;
  let next = 0;
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i];
    while (next < spans.length && spans[next].start <= from) stack.push(spans[next++]);
    while (stack.length && stack[stack.length - 1].end <= from) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top === owner && out[out.length - 1].end === from) out[out.length - 1].end = bounds[i + 1];
    else if (top) out.push({ start: from, end: bounds[i + 1], type: top.type, modifiers: top.modifiers });
    owner = top;
  }
  return out;
}

/** Relative-encoded tokens; only those touching the offsets [from, to) when a range is asked for. */
export function semanticTokens(doc: TextDocument, analysis: ArticleAnalysis, from = 0, to = Infinity): SemanticTokens {
  const text = doc.getText();
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of flatten(spansOf(analysis))) {
    if (t.end <= from || t.start >= to) continue;
    // Split at line breaks: clients without multiline token support drop tokens that cross lines.
    let s = t.start;
    while (s < t.end) {
      let e = s;
      while (e < t.end && text[e] !== '\n' && text[e] !== '\r') e++;
      if (e > s) {
        const p = doc.positionAt(s);
        data.push(p.line - line, p.line === line ? p.character - char : p.character, e - s, t.type, t.modifiers);
        line = p.line;
        char = p.character;
      }
      s = e;
      while (s < t.end && (text[s] === '\n' || text[s] === '\r')) s++;
    }
  }
  return { data };
}
