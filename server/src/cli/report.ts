// The readable report: what a person checking an article wants to see at a glance.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleAnalysis } from '../analysis/schema';

export function formatReport(analysis: ArticleAnalysis, text: string): string {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  const at = (offset: number) => {
    const p = doc.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out = [`${analysis.file}`, `  article date: ${analysis.articleDate ?? 'not found'}`];
  out.push(`  people (${analysis.people.length}):`);
  for (const p of analysis.people) {
    out.push(`    ${p.name}${p.roles.length ? ` — ${p.roles.join('; ')}` : ''} [${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}]`);
  }
  out.push(`  organisations (${analysis.organisations.length}): ${analysis.organisations.map((o) => o.name).join(', ')}`);
  out.push(`  ratings (${analysis.ratings.length}):`);
  for (const r of analysis.ratings) {
    out.push(`    ${at(r.start)} ${r.grade} (${r.status})${r.subject ? ` — ${r.subject}` : ''}${r.date ? `, ${r.date}` : ''}`);
  }
  out.push(`  dates (${analysis.dates.length}):`);
  for (const d of analysis.dates) out.push(`    ${at(d.start)} "${d.text}" → ${d.resolved ?? 'unresolved'}`);
  out.push(`  diagnostics (${analysis.diagnostics.length}):`);
  for (const d of analysis.diagnostics) out.push(`    ${at(d.start)} ${d.severity} [${d.code}] ${d.message}`);
  return out.join('\n');
}
