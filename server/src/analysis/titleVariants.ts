// One title abbreviated two ways in one article ("Cllr Scott" ... "Clr Scott", "Dr Jones" ...
// "Dr. Jones"). A full form beside a short form ("Councillor" and "Cllr") is house style, not an
// error, so only the abbreviations within one group are compared.
import { makeDiagnostic } from './consistencyUtil';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

// Each group lists its forms in order of preference, which breaks ties in the suggestion.
const GROUPS: string[][] = [
  ['Cllr', 'Cllr.', 'Coun', 'Coun.', 'Clr', 'Clr.', 'Cnllr', 'Cnclr'],
  ['Prof', 'Prof.'],
  ['Dr', 'Dr.'],
  ['Mr', 'Mr.'],
  ['Mrs', 'Mrs.'],
  ['Ms', 'Ms.'],
  ['Rev', 'Rev.', 'Revd', 'Revd.'],
  ['Sgt', 'Sgt.'],
  ['Insp', 'Insp.'],
  ['Supt', 'Supt.'],
];
const GROUP_OF = new Map<string, number>();
GROUPS.forEach((g, i) => g.forEach((f) => GROUP_OF.set(f, i)));

// A title form followed by a capitalised word: the name it stands before.
const TITLE = /\b(Cllr|Coun|Clr|Cnllr|Cnclr|Prof|Dr|Mr|Mrs|Ms|Revd|Rev|Sgt|Insp|Supt)(\.?)[ \u00a0]+(?=\p{Lu})/gu;

interface Use {
  form: string;
  start: number;
  end: number;
}

export function findTitleVariants(article: ArticleText): Diagnostic[] {
  const byGroup = new Map<number, Use[]>();
  for (const s of article.sentences) {
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(s.text); m; m = TITLE.exec(s.text)) {
      const form = m[1] + m[2];
      const group = GROUP_OF.get(form);
      if (group === undefined) continue;
      const start = s.start + m.index;
      const list = byGroup.get(group) ?? [];
      list.push({ form, start, end: start + form.length });
      byGroup.set(group, list);
    }
  }
  const out: Diagnostic[] = [];
  for (const [group, uses] of byGroup) {
    const counts = new Map<string, number>();
    for (const u of uses) counts.set(u.form, (counts.get(u.form) ?? 0) + 1);
    if (counts.size < 2) continue;
    const order = GROUPS[group];
    const preferred = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b))[0];
    const model = uses.find((u) => u.form === preferred)!;
    for (const u of uses) {
      if (u.form === preferred) continue;
      const n = counts.get(preferred)!;
      out.push(makeDiagnostic(article.text, u.start, u.end, 'title-variant', 'warning',
        `Title written “${u.form}” here but “${preferred}” elsewhere in this article (${n} time${n === 1 ? '' : 's'}); use one form.`,
        { suggestions: [preferred], related: [{ start: model.start, end: model.end, message: `“${preferred}” used here` }] }));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
