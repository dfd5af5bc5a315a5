import { describe, expect, it } from 'vitest';
import { findPersonalData, scrubText, SCRUBBER_VERSION } from './scrubber.js';

/**
 * Seeded fixtures in eight languages: every value listed in `secrets` must be gone after
 * scrubbing, and the report must count it under the right kind.
 */
interface Case {
  lang: string;
  text: string;
  secrets: string[];
  kinds: Partial<Record<string, number>>;
  names?: string[];
}

const CASES: Case[] = [
  {
    lang: 'en',
    text: 'Contact John Smith at john.smith@example.co.uk or call +44 20 7946 0958. Refund to IBAN GB82 WEST 1234 5698 7654 32.',
    secrets: ['john.smith@example.co.uk', '+44 20 7946 0958', 'GB82 WEST 1234 5698 7654 32', 'John', 'Smith'],
    kinds: { email: 1, phone: 1, iban: 1, name: 1 },
    names: ['John Smith'],
  },
  {
    lang: 'de',
    text: 'Der Melder Jürgen Müller (juergen.mueller@beispiel.de, Tel. 0170 1234567) wohnt in der Hauptstraße 12a, 10115 Berlin. Überweisung auf DE89 3704 0044 0532 0130 00.',
    secrets: ['juergen.mueller@beispiel.de', '0170 1234567', 'Hauptstraße 12a', '10115 Berlin', 'DE89 3704 0044 0532 0130 00', 'Jürgen', 'Müller'],
    kinds: { email: 1, phone: 1, address: 1, iban: 1, name: 1 },
    names: ['Jürgen Müller'],
  },
  {
    lang: 'fr',
    text: "Mme Élodie Lefèvre signale l'annonce : écrivez à elodie.lefevre@exemple.fr ou au 06 12 34 56 78. Adresse : 12 rue de la Paix, 75002 Paris. RIB FR14 2004 1010 0505 0001 3M02 606.",
    secrets: ['elodie.lefevre@exemple.fr', '06 12 34 56 78', '12 rue de la Paix', 'FR14 2004 1010 0505 0001 3M02 606', 'Élodie', 'Lefèvre'],
    kinds: { email: 1, phone: 1, address: 1, iban: 1, name: 1 },
    names: ['Élodie Lefèvre'],
  },
  {
    lang: 'es',
    text: 'El vendedor José García pide pagos por Bizum al 612 345 678 o a jose.garcia@ejemplo.es; recoge en Calle Mayor, 5. Cuenta ES91 2100 0418 4502 0005 1332.',
    secrets: ['612 345 678', 'jose.garcia@ejemplo.es', 'Calle Mayor, 5', 'ES91 2100 0418 4502 0005 1332', 'José', 'García'],
    kinds: { phone: 1, email: 1, address: 1, iban: 1, name: 1 },
    names: ['José García'],
  },
  {
    lang: 'it',
    text: 'Segnalazione di Giulia Bianchi: il venditore chiede un bonifico su IT60 X054 2811 1010 0000 0123 456, cellulare 333 123 4567, e-mail giulia.b@esempio.it, ritiro in Via Roma 10.',
    secrets: ['IT60 X054 2811 1010 0000 0123 456', '333 123 4567', 'giulia.b@esempio.it', 'Via Roma 10', 'Giulia', 'Bianchi'],
    kinds: { iban: 1, phone: 1, email: 1, address: 1, name: 1 },
    names: ['Giulia Bianchi'],
  },
  {
    lang: 'pl',
    text: 'Zgłaszający Łukasz Wiśniewski: sprzedawca podaje numer +48 512 345 678 i e-mail lukasz.w@przyklad.pl, odbiór ul. Marszałkowska 10/12. Konto PL61 1090 1014 0000 0712 1981 2874.',
    secrets: ['+48 512 345 678', 'lukasz.w@przyklad.pl', 'ul. Marszałkowska 10/12', 'PL61 1090 1014 0000 0712 1981 2874', 'Łukasz', 'Wiśniewski'],
    kinds: { phone: 1, email: 1, address: 1, iban: 1, name: 1 },
    names: ['Łukasz Wiśniewski'],
  },
  {
    lang: 'nl',
    text: 'Melding van Sanne de Vries: bel 06-12345678 of mail sanne@voorbeeld.nl, afhalen Kerkstraat 12, 1017 GC Amsterdam. Rekening NL91 ABNA 0417 1643 00.',
    secrets: ['06-12345678', 'sanne@voorbeeld.nl', 'Kerkstraat 12', '1017 GC Amsterdam', 'NL91 ABNA 0417 1643 00', 'Sanne', 'Vries'],
    kinds: { phone: 1, email: 1, address: 1, iban: 1, name: 1 },
    names: ['Sanne de Vries'],
  },
  {
    lang: 'pt',
    text: 'Denúncia de João Silva: o vendedor pede MB Way para o telemóvel 912 345 678, email joao.silva@exemplo.pt, morada Rua Augusta 45, conta PT50 0002 0123 1234 5678 9015 4.',
    secrets: ['912 345 678', 'joao.silva@exemplo.pt', 'Rua Augusta 45', 'PT50 0002 0123 1234 5678 9015 4', 'João', 'Silva'],
    kinds: { phone: 1, email: 1, address: 1, iban: 1, name: 1 },
    names: ['João Silva'],
  },
];

describe('scrubber: personal data in eight languages (X-4)', () => {
  it.each(CASES)('$lang: nothing survives and every kind is counted', ({ text, secrets, kinds, names }) => {
    const r = scrubText(text, { names });
    for (const s of secrets) expect(r.text, `"${s}" survived in: ${r.text}`).not.toContain(s);
    for (const [kind, n] of Object.entries(kinds)) expect(r.removed[kind as keyof typeof r.removed], kind).toBeGreaterThanOrEqual(n!);
    expect(r.total).toBe(Object.values(r.removed).reduce((a, b) => a + (b ?? 0), 0));
    expect(r.version).toBe(SCRUBBER_VERSION);
  });

  it.each(CASES)('$lang: the report never carries the values', ({ text, secrets, names }) => {
    const r = scrubText(text, { names });
    const report = JSON.stringify({ removed: r.removed, total: r.total });
    for (const s of secrets) expect(report).not.toContain(s);
  });

  it('is idempotent: scrubbing scrubbed text removes nothing more', () => {
    for (const c of CASES) {
      const once = scrubText(c.text, { names: c.names });
      const twice = scrubText(once.text, { names: c.names });
      expect(twice.text).toBe(once.text);
      expect(twice.total).toBe(0);
    }
  });
});

describe('findPersonalData', () => {
  it('reports kinds and counts only, and nothing for clean text', () => {
    expect(findPersonalData('Listing L-88213: counterfeit logo, CE marking missing.')).toEqual({});
    expect(findPersonalData('Contact a@b.de or c@d.fr, tel. +33 6 12 34 56 78')).toEqual({ email: 2, phone: 1 });
  });

  it('leaves a cited UUID whole even when its digits look like a card or phone number, and still finds one beside it', () => {
    const puid = 'abcde429-3480-4841-8237-58abcdefabcd';
    expect(findPersonalData(`The decision counted: ${puid}.`)).toEqual({});
    expect(findPersonalData(`The decision counted: ${puid}, paid with 4111 1111 1111 1111.`)).toEqual({ card: 1 });
    expect(findPersonalData('paid with 4293-4804-8418-2375')).toEqual({ card: 1 });
  });
});
