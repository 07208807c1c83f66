// US spellings and their British forms. British news text uses -ise (not Oxford -ize), and the
// en-GB dictionary we ship rejects -ize, so every rule below only fires on a word the dictionary
// rejects and only offers a British form the dictionary accepts.

/** Words the rules below cannot reach, or that differ by more than a suffix. */
const EXPLICIT: Record<string, string> = {
  gray: 'grey', grays: 'greys', aging: 'ageing', pajamas: 'pyjamas', plow: 'plough', plows: 'ploughs',
  mold: 'mould', molds: 'moulds', moldy: 'mouldy', skeptic: 'sceptic', skeptical: 'sceptical', skepticism: 'scepticism',
  math: 'maths', mom: 'mum', moms: 'mums', fulfill: 'fulfil', fulfills: 'fulfils', fulfillment: 'fulfilment',
  enroll: 'enrol', enrolls: 'enrols', enrollment: 'enrolment', enrollments: 'enrolments', installment: 'instalment',
  skillful: 'skilful', skillfully: 'skilfully', willful: 'wilful', willfully: 'wilfully', installments: 'instalments',
  jewelry: 'jewellery', cozy: 'cosy', aluminum: 'aluminium', airplane: 'aeroplane', airplanes: 'aeroplanes',
  mustache: 'moustache', maneuver: 'manoeuvre', maneuvers: 'manoeuvres', program: 'programme', programs: 'programmes',
  analog: 'analogue', catalog: 'catalogue', catalogs: 'catalogues', defense: 'defence', offense: 'offence',
  pretense: 'pretence', acknowledgment: 'acknowledgement', esthetic: 'aesthetic', anesthetic: 'anaesthetic',
  pediatric: 'paediatric', pediatrician: 'paediatrician', fetus: 'foetus', estrogen: 'oestrogen', diarrhea: 'diarrhoea',
  anemia: 'anaemia', leukemia: 'leukaemia', orthopedic: 'orthopaedic', encyclopedia: 'encyclopaedia',
};

/**
 * US forms that are also good British words in another sense ("check", "tire", "curb", "draft",
 * "license" the verb, "practice" the noun) are left out on purpose. "judgment" is the British
 * legal spelling, so it is never reported. "program(s)" (which the en-GB dictionary accepts for
 * software) is reported unless the sentence is about computing.
 */
const NEVER = new Set(['judgment', 'judgments']);
// ("IT" in capitals only: with the rest it would match "It has set aside £600,000 for a leadership program")
const COMPUTING = /\b(computer|software|app|apps|code|coding|coder|developer|digital|algorithm|database|Liquidlogic)\b/i;
const IT = /\bIT\b/;

/** Suffix rewrites, longest first within each family; each candidate must pass the dictionary. */
const SUFFIXES: Array<[string, string]> = [
  ['izations', 'isations'], ['ization', 'isation'], ['izing', 'ising'], ['izers', 'isers'], ['izer', 'iser'],
  ['izes', 'ises'], ['ized', 'ised'], ['ize', 'ise'],
  ['yzing', 'ysing'], ['yzes', 'yses'], ['yzed', 'ysed'], ['yze', 'yse'],
  ['tered', 'tred'], ['tering', 'tring'], ['ters', 'tres'], ['ter', 'tre'], ['bers', 'bres'], ['ber', 'bre'],
  ['ogs', 'ogues'], ['og', 'ogue'], ['ense', 'ence'], ['enses', 'ences'],
  ['eled', 'elled'], ['eling', 'elling'], ['eler', 'eller'], ['elers', 'ellers'],
  ['aled', 'alled'], ['aling', 'alling'], ['iled', 'illed'], ['iling', 'illing'],
  ['ment', 'ement'],
];

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

// "The home's license was suspended": "license" is the British verb, but after a determiner or a possessive it is the
// noun, which British English writes "licence"
const NOUN_BEFORE = /(?:\b(?:the|a|its|their|his|her|our|your|operating|driving|premises)|['’]s)[ \u00a0]+$/i;

/** "licence" for a US noun "license" (`before`: the text just before the word), else null. */
export function britishLicence(word: string, before: string): string | null {
  const lower = word.toLowerCase();
  if ((lower !== 'license' && lower !== 'licenses') || !NOUN_BEFORE.test(before)) return null;
  return matchCase(word, lower === 'license' ? 'licence' : 'licences');
}

/** Whether `word` must go through britishFormOf even though the en-GB dictionary accepts it. */
export function isExplicitUsForm(lower: string): boolean {
  return lower === 'program' || lower === 'programs' || lower === 'license' || lower === 'licenses';
}

/**
 * The British form of `word` if it is a US spelling, else null. `accepts` is the en-GB
 * dictionary; `sentence` gives context for "program".
 */
export function britishFormOf(word: string, accepts: (w: string) => boolean, sentence = ''): string | null {
  const lower = word.toLowerCase();
  const explicit = EXPLICIT[lower];
  if (explicit) {
    if (lower === 'program' || lower === 'programs') return COMPUTING.test(sentence) || IT.test(sentence) ? null : matchCase(word, explicit);
    return matchCase(word, explicit);
  }
  if (NEVER.has(lower) || accepts(lower)) return null;
  for (const [us, uk] of SUFFIXES) {
    if (lower.length > us.length + 1 && lower.endsWith(us)) {
      const cand = lower.slice(0, -us.length) + uk;
      if (accepts(cand)) return matchCase(word, cand);
    }
  }
  // -or/-our anywhere (behavior, honorable, neighborhood) and e/ae, e/oe (pediatric, maneuver).
  for (let i = 1; i < lower.length - 1; i++) {
    if (lower.startsWith('or', i) && lower[i + 2] !== 'u') {
      const cand = lower.slice(0, i) + 'our' + lower.slice(i + 2);
      if (accepts(cand)) return matchCase(word, cand);
    }
    if (lower[i] === 'e' && lower[i - 1] !== 'a' && lower[i - 1] !== 'o') {
      for (const v of ['ae', 'oe']) {
        const cand = lower.slice(0, i) + v + lower.slice(i + 1);
        if (accepts(cand)) return matchCase(word, cand);
      }
    }
  }
  return null;
}
