// A letter's writer tells their own posts in the first person ("I have been a foster carer for Gretwold Council
// for 11 years", "I was a social worker in Gretwold for 30 years before I retired") and signs below: the posts are
// the signer's, the first person signed after the sentence. An interview's answers are its interviewee's: the
// person named last before "she talks to <interviewer>".
import { NameToken } from './nameTokens';
import { coordinatedRole, copulaRole, indexEndingAt } from './roleFrames';
import { RoleFound, roleForward } from './roles';
import { ArticleText } from './text';

/** "I was", "I have been", "I am", "I've been": the index of the copula's first word after "I", else -1. */
function firstPersonCopula(toks: NameToken[], i: number): number {
  if (toks[i].text !== 'I' && toks[i].text !== 'I’ve' && toks[i].text !== "I've") return -1;
  const next = toks[i + 1];
  if (!next) return -1;
  return /^(?:was|am|have|had|been)$/.test(next.lower) ? i + 1 : -1;
}

/** "As a foster carer ..., I": the post a sentence opens with, said of its first person ("I" or "we"). */
function asFirstPerson(toks: NameToken[]): { role: RoleFound; we: boolean } | null {
  if (toks.length < 4 || toks[0].lower !== 'as') return null;
  const role = roleForward(toks, 1);
  if (!role) return null;
  // the clause of the post ends at its comma, and the first person opens the next
  for (let k = indexEndingAt(toks, role.end, 1) + 1; k < toks.length && k < 16; k++) {
    if (!/,\s*$/.test(toks[k].gap)) continue;
    const w = toks[k].text;
    return w === 'I' || w === 'we' ? { role, we: w === 'we' } : null;
  }
  return null;
}

/**
 * Roles told in the first person in a sentence that names no one (`named` holds the sentences that do), given to
 * the person on the first signature line (`signed`) after it; `mentions` are the people's mentions in order.
 */
export function letterRoles(article: ArticleText, toksOf: NameToken[][], named: Set<number>, mentions: { line: number; ci: number; interviewer: boolean }[],
  signed: (line: number) => boolean, add: (ci: number, r: RoleFound | null) => void): void {
  const asked = mentions.findIndex((m) => m.interviewer);
  const interviewee = asked > 0 ? mentions.slice(0, asked).reverse().find((m) => m.ci !== mentions[asked].ci) : undefined;
  // the next person named after the sentence, if named on a signature line: a news story's quote is followed by
  // its speaker's name, or a press office's contact, long before any signature
  const signerAfter = (line: number): number => {
    const next = mentions.find((m) => m.line > line);
    return next && signed(next.line) ? next.ci : -1;
  };
  // everyone on that signature line: "Ayaan Dahir and Wayne Winsor, Bradcombe Hill" signs for "we"
  const signersAfter = (line: number): number[] => {
    const next = mentions.find((m) => m.line > line);
    return next && signed(next.line) ? [...new Set(mentions.filter((m) => m.line === next.line).map((m) => m.ci))] : [];
  };
  article.sentences.forEach((s, si) => {
    if (named.has(si)) return;
    const toks = toksOf[si];
    // "As a foster carer in Harthorpe for 19 years, I was pleased ...": the writer's post, opening the sentence ("As a
    // retired social worker ..., I" keeps its "retired"); with "we", the post of everyone who signs
    const as = asFirstPerson(toks);
    if (as) {
      const who = as.we ? signersAfter(s.line) : [signerAfter(s.line)];
      for (const ci of who) if (ci >= 0) add(ci, as.role);
    }
    if (s.text.indexOf('I') < 0) return;
    for (let i = 0; i < toks.length - 2; i++) {
      const k = firstPersonCopula(toks, i);
      if (k < 0) continue;
      const r = copulaRole(toks, k);
      if (!r) continue;
      const ci = interviewee && s.line > mentions[asked].line ? interviewee.ci : signerAfter(s.line);
      if (ci < 0) return;
      // "I was a social worker in Gretwold for 30 years before I retired": told in the past, a post held before;
      // "I have been a head teacher and a director of children's services", with no "since" or "for" to bring it to
      // now ("I have been a foster carer for Carnhallow Council since 2011"): posts held before too
      const second = coordinatedRole(toks, r, k);
      const end = indexEndingAt(toks, (second ?? r).end, k);
      const perfect = /^(?:have|been)$/.test(toks[k].lower) && !toks.slice(end + 1).some((t) => t.lower === 'since' || t.lower === 'for');
      const former = toks[k].lower === 'was' || toks[k].lower === 'had' || perfect;
      add(ci, { ...r, former: r.former || former });
      if (second) add(ci, { ...second, former: second.former || former });
    }
  });
}
