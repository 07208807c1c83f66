// Finds the next place a costly pattern may start, with a cheap global regular expression: irregexp
// scans for a character class several times faster than a JavaScript loop over character codes.

/**
 * Searches one text after another for `pattern`: a global expression matching one code unit at a time,
 * whose matches depend only on the text around them (never on where a search starts), so the answer
 * for a position can be reused. test() and lastIndex give the position without a match array.
 */
export class CandidateSearch {
  // The last search: no candidate lies in text[from, at), so a search starting anywhere there ends at
  // `at` too. Callers search sentence after sentence; a search that ran past one sentence into the
  // next is not run again, which keeps the scanning linear in the text.
  private text = '';
  private from = 0;
  private at = 0;

  constructor(private readonly pattern: RegExp) {}

  /** Position of the first candidate at or after `from` in `text`, or text.length. */
  next(text: string, from: number): number {
    if (text === this.text && from >= this.from && from <= this.at) return this.at;
    this.pattern.lastIndex = from;
    const at = this.pattern.test(text) ? this.pattern.lastIndex - 1 : text.length;
    this.text = text;
    this.from = from;
    this.at = at;
    return at;
  }
}
