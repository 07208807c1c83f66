// Roles named after "as" in a span of time or a move, away from the name they belong to:
// "who retired after six years as director", "spent ten years as a social worker and team manager",
// "came to Saxonbridge as interim director", "started her career as a residential care worker". A span of
// time says the role was held before.
import { NameToken, tight } from './nameTokens';
import { RoleFound, roleForward } from './roles';

const SPAN_NOUNS = new Set(['year', 'years', 'month', 'months', 'spell', 'spells', 'stint', 'stints', 'period', 'decade', 'decades', 'term', 'terms', 'career']);
const MOVE_VERBS = new Set(['came', 'arrived', 'moved', 'returned', 'went', 'comes', 'arrives', 'moves', 'returns']);
/** How many capitalised words a place may take between "came to" and "as". */
const MAX_PLACE = 4;

export interface AsRoles {
  /** Index of the "as": the role belongs to the person named last before it. */
  at: number;
  roles: RoleFound[];
}

// "will take over as interim director", "stepped in as acting director", "stepped up as chair"
const PARTICLE_VERBS: Record<string, Set<string>> = {
  over: new Set(['take', 'takes', 'took', 'taking', 'taken']),
  in: new Set(['step', 'steps', 'stepped', 'stepping', 'brought', 'drafted', 'parachuted']),
  up: new Set(['step', 'steps', 'stepped', 'stepping']),
};

function afterMove(toks: NameToken[], as: number): boolean {
  if (MOVE_VERBS.has(toks[as - 1]?.lower ?? '')) return true;
  if (PARTICLE_VERBS[toks[as - 1]?.lower ?? '']?.has(toks[as - 2]?.lower ?? '')) return true;
  let k = as - 1;
  while (k >= 0 && as - k <= MAX_PLACE && toks[k].capital && !toks[k].initial) k--;
  return k < as - 1 && k >= 1 && toks[k].lower === 'to' && MOVE_VERBS.has(toks[k - 1].lower);
}

/** Every "<span of time> as Y" and "came (to X) as Y" of a sentence, with a second role joined by "and". */
export function asRoles(toks: NameToken[]): AsRoles[] {
  const out: AsRoles[] = [];
  for (let k = 1; k + 1 < toks.length; k++) {
    // Raw text first: this looks at every word of the sentence.
    if (toks[k].text !== 'as' || !tight(toks[k + 1].gap)) continue;
    const span = SPAN_NOUNS.has(toks[k - 1].lower);
    if (!span && !afterMove(toks, k)) continue;
    const first = roleForward(toks, k + 1, span);
    if (!first) continue;
    const roles = [first];
    let e = k + 1;
    while (e + 1 < toks.length && toks[e + 1].end <= first.end + 2) e++;
    const and = toks[e + 1];
    if (and?.lower === 'and' && tight(and.gap) && toks[e + 2] && tight(toks[e + 2].gap)) {
      const second = roleForward(toks, e + 2, span);
      if (second) roles.push(second);
    }
    out.push({ at: k, roles });
  }
  return out;
}
