/**
 * A tiny message catalogue: every user-facing string goes through `t()`. A new language is one
 * more file of the same keys added to CATALOGUES; missing keys fall back to English.
 */
import { en, type MessageKey } from './en.js';

export type { MessageKey };
type Catalogue = Partial<Record<MessageKey, string>>;

const CATALOGUES: Record<string, Catalogue> = { en };
const FALLBACK = 'en';

function pickLocale(): string {
  const wanted = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of wanted) {
    const lang = tag.toLowerCase().split('-')[0] ?? '';
    if (lang in CATALOGUES) return lang;
  }
  return FALLBACK;
}

/** The language the console speaks. */
export const locale = pickLocale();

/** Dates and numbers follow the browser's regional variant when it is of that language (en-GB: 29 Nov 2026). */
export const formatLocale: string = (() => {
  const preferred = typeof navigator === 'undefined' ? undefined : navigator.language;
  return preferred && preferred.toLowerCase().split('-')[0] === locale ? preferred : locale;
})();

type Params = Record<string, string | number>;

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: MessageKey, params?: Params): string {
  return interpolate(CATALOGUES[locale]?.[key] ?? en[key], params);
}

type PluralBase<K> = K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
const plurals = new Intl.PluralRules(locale);

/** A counted message: `key.one` / `key.other` (more categories when a language needs them). */
export function tn(base: PluralBase<MessageKey>, count: number, params?: Params): string {
  const category = plurals.select(count);
  const key = `${base}.${category}` as MessageKey;
  const text = CATALOGUES[locale]?.[key] ?? (key in en ? en[key] : en[`${base}.other` as MessageKey]);
  return interpolate(text, { count: new Intl.NumberFormat(formatLocale).format(count), ...params });
}
