// Tints the window (title bar, status bar) through `workbench.colorCustomizations` and restores it exactly.
// Pure: takes the setting's current value and returns the next one plus a record of what it replaced, which the editor
// keeps outside the settings file. Restoring puts back the person's own colours (or their absence) key by key, and
// leaves alone any key they changed since.
import type { Environment } from '../config';

export type ColorMap = Record<string, string>;

/** What a tint replaced: for each key we set, the person's value (null = the key did not exist). JSON-safe. */
export interface SavedTint {
  /** The colours we wrote. */
  applied: ColorMap;
  original: Record<string, unknown>;
  /** False when `workbench.colorCustomizations` was not set at all before we tinted. */
  hadSetting: boolean;
}

export const TINTS: Record<Exclude<Environment, 'development'>, ColorMap> = {
  production: {
    'titleBar.activeBackground': '#8b1a1a',
    'titleBar.activeForeground': '#ffffff',
    'titleBar.inactiveBackground': '#6e1717',
    'titleBar.inactiveForeground': '#ffffffcc',
    'statusBar.background': '#8b1a1a',
    'statusBar.foreground': '#ffffff',
  },
  staging: {
    'titleBar.activeBackground': '#7a5200',
    'titleBar.activeForeground': '#ffffff',
    'titleBar.inactiveBackground': '#5e4000',
    'titleBar.inactiveForeground': '#ffffffcc',
    'statusBar.background': '#7a5200',
    'statusBar.foreground': '#ffffff',
  },
};

export type TintSetting = 'production' | 'productionAndStaging' | 'off';

/** The colours to apply for an environment under the `agentGuard.tint` setting; undefined = no tint. */
export function tintFor(environment: Environment, setting: TintSetting): ColorMap | undefined {
  if (setting === 'off' || environment === 'development') return undefined;
  if (environment === 'staging' && setting !== 'productionAndStaging') return undefined;
  return TINTS[environment];
}

function isColorObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Restores what `saved` recorded. Returns the next setting value (undefined = remove the setting), or `unchanged`
 * when the setting is not an object we can edit.
 */
export function restoreTint(current: unknown, saved: SavedTint): { value: Record<string, unknown> | undefined } | 'unchanged' {
  if (current !== undefined && !isColorObject(current)) return 'unchanged';
  const next: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, color] of Object.entries(saved.applied)) {
    if (next[key] !== color) continue; // The person changed it since: theirs wins.
    const original = saved.original[key];
    if (original === null || original === undefined) delete next[key];
    else next[key] = original;
  }
  return { value: !saved.hadSetting && Object.keys(next).length === 0 ? undefined : next };
}

/**
 * Applies `colors` on top of `current` (first undoing `previous`, our earlier tint, so its colours are never mistaken
 * for the person's). Returns the next value and what to keep for restoreTint, or `unchanged` when the setting is not
 * an object we can edit.
 */
export function applyTint(current: unknown, colors: ColorMap, previous?: SavedTint): { value: Record<string, unknown>; saved: SavedTint } | 'unchanged' {
  let base = current;
  let hadSetting = current !== undefined;
  if (previous) {
    const restored = restoreTint(current, previous);
    if (restored === 'unchanged') return 'unchanged';
    base = restored.value;
    hadSetting = previous.hadSetting;
  }
  if (base !== undefined && !isColorObject(base)) return 'unchanged';
  const value: Record<string, unknown> = { ...(base ?? {}) };
  const original: Record<string, unknown> = {};
  for (const [key, color] of Object.entries(colors)) {
    const before = value[key];
    original[key] = before === undefined ? null : before;
    value[key] = color;
  }
  return { value, saved: { applied: { ...colors }, original, hadSetting } };
}

/** True when `current` already shows exactly `saved.applied` (nothing to write). */
export function tintIsShowing(current: unknown, saved: SavedTint | undefined, colors: ColorMap): boolean {
  if (!saved || !isColorObject(current)) return false;
  const same = (a: ColorMap, b: ColorMap): boolean => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
  return same(saved.applied, colors) && Object.entries(colors).every(([k, v]) => current[k] === v);
}
