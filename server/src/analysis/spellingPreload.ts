// Loads the spelling dictionary ahead of the first check, off the start-up path.
export { preloadDictionary as preloadSpelling } from './dictionary';
