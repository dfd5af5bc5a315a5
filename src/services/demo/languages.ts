/**
 * The eight listing languages of the demo marketplace. Phrase banks store one entry per language
 * as a fixed-order tuple so a missing translation is a compile error rather than a blank title.
 */
export const DEMO_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'nl', 'pt'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

/** One value per language, in DEMO_LANGUAGES order: en, de, fr, es, it, pl, nl, pt. */
export type Loc<T = string> = readonly [T, T, T, T, T, T, T, T];

export const LANGUAGE_INDEX: Readonly<Record<DemoLanguage, number>> = {
  en: 0, de: 1, fr: 2, es: 3, it: 4, pl: 5, nl: 6, pt: 7,
};

export function inLanguage<T>(values: Loc<T>, language: DemoLanguage): T {
  return values[LANGUAGE_INDEX[language]];
}

/** Builds one value per language from another per-language tuple. */
export function mapLoc<T, U>(values: Loc<T>, fn: (value: T, index: number) => U): Loc<U> {
  return [fn(values[0], 0), fn(values[1], 1), fn(values[2], 2), fn(values[3], 3), fn(values[4], 4), fn(values[5], 5), fn(values[6], 6), fn(values[7], 7)];
}
