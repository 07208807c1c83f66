// Hover: who a person is, what a date resolves to, what a rating says. Reads the cached analysis only.
import { Hover, MarkupKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EntityAt, findEntityAt } from '../analysis/lookup';
import { ArticleAnalysis, DateMention, Organisation, Person, Rating } from '../analysis/schema';
import { describePartialDate } from './format';

export function hoverAt(doc: TextDocument, analysis: ArticleAnalysis, offset: number): Hover | null {
  const entity = findEntityAt(analysis, offset);
  if (!entity) return null;
  const span = entity.kind === 'person' || entity.kind === 'organisation' ? entity.mention : entity.kind === 'rating' ? entity.rating : entity.date;
  return {
    contents: { kind: MarkupKind.Markdown, value: describe(doc, entity) },
    range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) },
  };
}

function describe(doc: TextDocument, e: EntityAt): string {
  switch (e.kind) {
    case 'person':
      return describePerson(doc, e.person);
    case 'organisation':
      return describeOrganisation(doc, e.organisation);
    case 'rating':
      return describeRating(e.rating);
    case 'date':
      return describeDate(e.date);
  }
}

function lines(doc: TextDocument, spans: { start: number }[]): string {
  const nums = [...new Set(spans.map((s) => doc.positionAt(s.start).line + 1))];
  return nums.length > 12 ? `${nums.slice(0, 12).join(', ')}, …` : nums.join(', ');
}

function describePerson(doc: TextDocument, p: Person): string {
  const out = [`**${p.name}** · person`];
  const former = new Set((p.roleMentions ?? []).filter((r) => r.former).map((r) => r.role));
  const current = new Set((p.roleMentions ?? []).filter((r) => !r.former).map((r) => r.role));
  if (p.roles.length) {
    out.push('', ...p.roles.map((r) => `- ${r}${former.has(r) && !current.has(r) ? ' *(former)*' : ''}`));
  } else out.push('', '*No role given in this article.*');
  if (p.aliases.length) out.push('', `Also written: ${p.aliases.map((a) => `“${a}”`).join(', ')}`);
  const n = p.mentions.length;
  out.push('', `Mentioned ${n} ${n === 1 ? 'time' : 'times'}, on line${n === 1 ? '' : 's'} ${lines(doc, p.mentions)}.`);
  return out.join('\n');
}

function describeOrganisation(doc: TextDocument, o: Organisation): string {
  const n = o.mentions.length;
  return `**${o.name}** · organisation\n\nMentioned ${n} ${n === 1 ? 'time' : 'times'}, on line${n === 1 ? '' : 's'} ${lines(doc, o.mentions)}.`;
}

const STATUS: Record<Rating['status'], string> = {
  awarded: 'awarded',
  aspiration: 'hoped for, not awarded',
  other: 'mentioned, not awarded (hypothetical, negated or past)',
};

function describeRating(r: Rating): string {
  const grade = r.grade[0].toUpperCase() + r.grade.slice(1);
  return [
    `**${grade}** · ${r.body ?? 'inspection'} grade`,
    '',
    `- Rates: ${r.subject ?? '*not stated*'}`,
    `- When: ${r.date ? describePartialDate(r.date) : '*not stated*'}`,
    `- Status: ${STATUS[r.status]}`,
  ].join('\n');
}

function describeDate(d: DateMention): string {
  const head = d.resolved ? `**${d.text}** → ${describePartialDate(d.resolved)} (\`${d.resolved}\`)` : `**${d.text}** · date, not resolved`;
  return d.explanation ? `${head}\n\n${d.explanation}` : head;
}
