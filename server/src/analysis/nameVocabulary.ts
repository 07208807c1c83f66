// Capitalised words that are not parts of personal names: function words at a sentence start,
// months and weekdays, sector and place words, organisation endings. A capitalised run is cut at
// these, so "Peterborough City Council" or "The Executive Director" never yields a person.
import { HEADS, ROLE_WORDS, STOP } from './roleVocabulary';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that end an organisation's name ("Care Quality Commission", "Mackman Group"). */
const ORG_SUFFIXES = words(`
council commission department trust agency group board partnership authority service services
association society foundation institute institution office ministry police constabulary court union
federation network alliance charity college university school academy hospital ltd limited plc llp inc
bureau panel executive assembly parliament government committee research consortium company
corporation unit centre center chronicle gazette herald echo telegraph advertiser courier journal argus
observer mercury sentinel examiner bulletin team teams
`);

const CALENDAR = words(`
january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas
easter
`);

const OTHER = words(`
ofsted city county borough district town village metropolitan royal north south east west northern
southern eastern western greater central upper lower new old great little st saint street road
avenue house square bridge way close crescent drive england britain wales scotland ireland uk british english
welsh scottish irish european government parliament labour conservative conservatives tory tories liberal
democrat democrats lib dem reform independent children childrens children's young people
social care inspection inspections report reports review plan programme strategy improvement
safeguarding local national public health education skills learning photo picture image video
supplied file getty pa press agenda item minutes observations highlights factfile appendix table
figure chapter section page key findings summary conclusion recommendation recommendations
parent parents mother father grandmother grandfather pupil student resident residents volunteer
`);

export function isOrgSuffix(lower: string): boolean {
  return ORG_SUFFIXES.has(lower);
}

// Words that are also common surnames ("Stuart Hall", "Mr Young"): not a name on their own,
// but accepted as the last part of one after a given name or a title.
const SURNAME_WORDS = words('hall park lane green young bishop chancellor marshall law church brook wood field');

/** A capitalised word that cannot be part of a personal name. */
export function isNonNameWord(lower: string): boolean {
  return STOP.has(lower) || ORG_SUFFIXES.has(lower) || CALENDAR.has(lower) || OTHER.has(lower) || HEADS.has(lower) || ROLE_WORDS.has(lower) || SURNAME_WORDS.has(lower);
}

/** A non-name word that may still close a name begun by a given name or a title. */
export function isSurnameWord(lower: string): boolean {
  return SURNAME_WORDS.has(lower);
}

export function isCalendarWord(lower: string): boolean {
  return CALENDAR.has(lower);
}

/** Words that end a speech clause after a name ("Stewart Jackson added:"). */
export const SPEECH_VERBS = words(`
said says say added adds told tells explained explains commented comments stated states insisted
insists admitted admits warned warns argued argues claimed claims confirmed confirms replied replies
responded responds noted notes wrote writes urged urges announced announces believes thinks described
describes revealed reveals acknowledged acknowledges welcomed welcomes praised praises called calls
asks asked talks
`);

/** Lowercase name particles between capitalised parts ("Ursula von der Leyen"). */
export const PARTICLES = words('de da di du van von der den la le del della dos das bin ibn al el ter ap ab bint');
