// The extension's settings: one zod schema with defaults. A bad value is reported once, in plain words,
// and that one setting falls back to its default while the rest are kept.
import * as z from 'zod/mini';
// one locale, not the namespace of all of them (z.locales pulls every language into the bundle)
import en = require('zod/v4/locales/en.cjs');
import { AnalysisOptions } from './analysis/options';
import { SEVERITIES } from './analysis/schema';

const severity = z.enum(SEVERITIES);

// Plain-English messages ("Invalid input: expected number, received string"): zod/mini ships no locale by default.
z.config(en());

const flag = (value: boolean) => z._default(z.boolean(), value);

export const SETTINGS_SHAPE = {
  spelling: z._default(
    z.object({
      enabled: flag(true),
      usSpellings: flag(true),
      words: z._default(z.array(z.string()), []),
    }),
    { enabled: true, usSpellings: true, words: [] },
  ),
  diagnostics: z._default(
    z.object({
      disabled: z._default(z.array(z.string()), []),
      severity: z._default(z.record(z.string(), severity), {}),
      maxPerFile: z._default(z.int().check(z.minimum(1), z.maximum(100_000)), 500),
    }),
    { disabled: [], severity: {}, maxPerFile: 500 },
  ),
  maxCheckedLength: z._default(z.int().check(z.minimum(1000)), 2_000_000),
  inlayHints: z._default(z.object({ enabled: flag(true) }), { enabled: true }),
  workspace: z._default(z.object({ index: flag(true) }), { index: true }),
};

const SettingsSchema = z.object(SETTINGS_SHAPE);
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export interface ParsedSettings {
  settings: Settings;
  /** One plain-English line per setting that was invalid and fell back to its default. */
  problems: string[];
}

function describe(issue: z.core.$ZodIssue): string {
  const where = ['inspectionLens', ...issue.path.map(String)].join('.');
  return `${where}: ${issue.message}`;
}

/** Validates whatever the client sent; never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: string[] = [];
  if (raw !== undefined && raw !== null && input !== raw) problems.push('inspectionLens: expected an object of settings; using the defaults.');
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SETTINGS_SHAPE)) {
    const result = (schema as z.ZodMiniType).safeParse(input[key]);
    if (result.success) out[key] = result.data;
    else {
      problems.push(...result.error.issues.map((i) => `${describe({ ...i, path: [key, ...i.path] })}; using the default.`));
      out[key] = (DEFAULT_SETTINGS as Record<string, unknown>)[key];
    }
  }
  return { settings: out as Settings, problems };
}

export function toAnalysisOptions(s: Settings, extraWords: string[] = []): AnalysisOptions {
  return {
    spelling: s.spelling.enabled,
    usSpellings: s.spelling.usSpellings,
    words: [...s.spelling.words, ...extraWords],
    disabledCodes: s.diagnostics.disabled,
    severities: s.diagnostics.severity,
    maxCheckedLength: s.maxCheckedLength,
  };
}
