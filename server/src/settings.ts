// The extension's settings: one zod schema with defaults. A bad value is reported once, in plain words,
// and that one setting falls back to its default while the rest are kept.
import { z } from 'zod';
import { AnalysisOptions } from './analysis/options';
import { SEVERITIES } from './analysis/schema';

const severity = z.enum(SEVERITIES);

export const SETTINGS_SHAPE = {
  spelling: z
    .object({
      enabled: z.boolean().default(true),
      usSpellings: z.boolean().default(true),
      words: z.array(z.string()).default([]),
    })
    .default({ enabled: true, usSpellings: true, words: [] }),
  diagnostics: z
    .object({
      disabled: z.array(z.string()).default([]),
      severity: z.record(z.string(), severity).default({}),
      maxPerFile: z.number().int().min(1).max(100_000).default(500),
    })
    .default({ disabled: [], severity: {}, maxPerFile: 500 }),
  maxCheckedLength: z.number().int().min(1000).default(2_000_000),
  inlayHints: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  workspace: z.object({ index: z.boolean().default(true) }).default({ index: true }),
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
    const result = (schema as z.ZodTypeAny).safeParse(input[key]);
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
