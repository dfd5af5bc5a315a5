/**
 * A tiny message catalogue: every user-facing string goes through `t()`. A new language is one
 * more file of the same keys added to CATALOGUES; missing keys fall back to English. The console
 * speaks the languages it is fully translated into; the public pages (notice form, status page)
 * speak every public language and switch at run time, so the current language is a setting.
 */
import { de } from './de.js';
import { en, type MessageKey } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { MessageKey };
type Catalogue = Partial<Record<MessageKey, string>>;

const CATALOGUES: Record<string, Catalogue> = { en, de, fr, es };
const FALLBACK = 'en';

/** Languages with a complete console catalogue. */
export const CONSOLE_LANGUAGES: readonly string[] = ['en'];
/** Languages the public notice form and status page ship in (their names are autonyms). */
export const PUBLIC_LANGUAGES = [
  { code: 'en', name: 'English' }, { code: 'de', name: 'Deutsch' }, { code: 'fr', name: 'Français' }, { code: 'es', name: 'Español' },
] as const;
export const PUBLIC_LANGUAGE_CODES: readonly string[] = PUBLIC_LANGUAGES.map((l) => l.code);

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The first of `wanted` (then the browser's languages) that `available` has, else English. */
export function pickLocale(available: readonly string[], ...wanted: (string | null | undefined)[]): string {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of [...wanted, ...browser]) {
    const lang = tag ? primary(tag) : '';
    if (available.includes(lang)) return lang;
  }
  return FALLBACK;
}

let current = pickLocale(CONSOLE_LANGUAGES);

/** The language `t()` speaks now. */
export const getLocale = (): string => current;

/** Switches the language; the caller re-renders (the public pages keep it in the URL). */
export function setLocale(lang: string): void {
  current = lang in CATALOGUES ? lang : FALLBACK;
}

/** Dates and numbers follow the browser's regional variant when it is of the current language (en-GB: 29 Nov 2026). */
export function formatLocale(): string {
  const preferred = typeof navigator === 'undefined' ? undefined : navigator.language;
  return preferred && primary(preferred) === current ? preferred : current;
}

type Params = Record<string, string | number>;

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: MessageKey, params?: Params): string {
  return interpolate(CATALOGUES[current]?.[key] ?? en[key], params);
}

type PluralBase<K> = K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
const pluralRules = new Map<string, Intl.PluralRules>();

/** A counted message: `key.one` / `key.other` (more categories when a language needs them). */
export function tn(base: PluralBase<MessageKey>, count: number, params?: Params): string {
  const rules = pluralRules.get(current) ?? new Intl.PluralRules(current);
  pluralRules.set(current, rules);
  const key = `${base}.${rules.select(count)}` as MessageKey;
  const text = CATALOGUES[current]?.[key] ?? (key in en ? en[key] : en[`${base}.other` as MessageKey]);
  return interpolate(text, { count: new Intl.NumberFormat(formatLocale()).format(count), ...params });
}
