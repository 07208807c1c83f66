// nspell ships no types; this is the small part of its API the spelling check uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
  }
  function nspell(aff: Buffer | string, dic?: Buffer | string): NSpell;
  function nspell(dictionary: { aff: Buffer | string; dic?: Buffer | string }): NSpell;
  export = nspell;
}
