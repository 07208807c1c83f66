// Inputs that are not articles at all get one clear finding instead of an analysis.
import { Diagnostic } from './schema';

/** Returns a diagnostic explaining why the text is not analysed, or null if it can be. */
export function checkInput(text: string): Diagnostic | null {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes('\u0000')) {
    return {
      code: 'binary-file',
      severity: 'information',
      message: 'This file contains NUL bytes and looks binary; Inspection Lens does not analyse it.',
      start: 0,
      end: 0,
      text: '',
    };
  }
  return null;
}
