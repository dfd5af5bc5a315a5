/**
 * Off-platform contact details (WhatsApp, Telegram, e-mail, own web shop) that sellers slip into
 * otherwise ordinary listings to move buyers off the marketplace, plain or obfuscated.
 */
import type { Loc } from './languages.js';
import type { Rng } from './prng.js';

export const CONTACT_SENTENCES: Loc<readonly string[]> = [
  ['For wholesale prices and more models, message us on {contact}.', 'Cheaper outside the platform – write to {contact}.', 'Questions? {contact} (fast reply).'],
  ['Großhandelspreise und weitere Modelle auf Anfrage über {contact}.', 'Außerhalb der Plattform günstiger – schreiben Sie an {contact}.', 'Fragen? {contact} (schnelle Antwort).'],
  ['Prix de gros et autres modèles sur demande : {contact}.', 'Moins cher hors plateforme – écrivez-nous sur {contact}.', 'Des questions ? {contact} (réponse rapide).'],
  ['Precios al por mayor y más modelos escribiendo a {contact}.', 'Más barato fuera de la plataforma: escríbenos a {contact}.', '¿Dudas? {contact} (respuesta rápida).'],
  ["Prezzi all'ingrosso e altri modelli su richiesta: {contact}.", 'Più economico fuori dalla piattaforma: scrivici su {contact}.', 'Domande? {contact} (risposta veloce).'],
  ['Ceny hurtowe i inne modele na zapytanie: {contact}.', 'Taniej poza platformą – napisz na {contact}.', 'Pytania? {contact} (szybka odpowiedź).'],
  ['Groothandelsprijzen en meer modellen op aanvraag via {contact}.', 'Goedkoper buiten het platform – stuur een bericht naar {contact}.', 'Vragen? {contact} (snel antwoord).'],
  ['Preços de revenda e mais modelos a pedido: {contact}.', 'Mais barato fora da plataforma – escreva para {contact}.', 'Dúvidas? {contact} (resposta rápida).'],
];

/** Calling code, mobile prefixes and subscriber digits; GB and US use ranges reserved for fiction. */
const MOBILE: Readonly<Record<string, readonly [string, readonly string[], number]>> = {
  DE: ['49', ['151', '152', '160', '170', '176', '179'], 8], AT: ['43', ['664', '676', '699'], 7], FR: ['33', ['6', '7'], 8],
  ES: ['34', ['6', '7'], 8], IT: ['39', ['320', '333', '347', '380'], 7], PL: ['48', ['50', '51', '60', '69', '79'], 7],
  NL: ['31', ['6'], 8], BE: ['32', ['470', '477', '486'], 6], PT: ['351', ['91', '92', '93', '96'], 7],
  CN: ['86', ['135', '138', '150', '186'], 8], HK: ['852', ['5', '6', '9'], 7], TR: ['90', ['530', '532', '542'], 7],
  GB: ['44', ['7700 900'], 3], US: ['1', ['202 555 01'], 2],
};

export type ContactChannel = 'whatsapp' | 'telegram' | 'email' | 'website';

export interface Contact {
  channel: ContactChannel;
  /** Text to put in the listing. */
  text: string;
  obfuscated: boolean;
}

function phone(country: string, rng: Rng): [string, string] {
  const [cc, prefixes, rest] = MOBILE[country] ?? MOBILE['DE'] ?? ['49', ['151'], 8];
  const local = `${rng.pick(prefixes)} ${rng.digits(rest)}`;
  return [cc, local];
}

/** A handle derived from the seller's own label, the way shops name their Telegram channels. */
function handle(base: string, rng: Rng): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9]/g, '') || 'shop';
  return `${clean}${rng.pick(['_eu', '.store', 'official', '_shop', String(rng.between(10, 99))])}`;
}

export function makeContact(country: string, houseBrand: string, rng: Rng, obfuscate: boolean): Contact {
  const channel = (['whatsapp', 'telegram', 'email', 'website'] as const)[rng.weighted([40, 25, 20, 15])] ?? 'whatsapp';
  const name = handle(houseBrand, rng);
  let text: string;
  switch (channel) {
    case 'whatsapp': {
      const [cc, local] = phone(country, rng);
      const digits = `${cc}${local.replace(/\s/g, '')}`;
      text = obfuscate
        ? rng.pick([`WhatsApp ${[...`+${digits}`].join(' ')}`, `wa . me / ${digits}`, `WhatsApp: plus ${cc} – ${local.replace(/ /g, ' - ')}`])
        : rng.pick([`WhatsApp +${cc} ${local}`, `WA: +${cc} ${local}`, `wa.me/${digits}`]);
      break;
    }
    case 'telegram':
      text = obfuscate ? rng.pick([`t . me / ${name}`, `Telegram: @ ${name.split('').join(' ')}`, `TG ${name} (t dot me)`]) : rng.pick([`Telegram @${name}`, `t.me/${name}`, `TG: @${name}`]);
      break;
    case 'email': {
      const host = rng.pick(['gmail.com', 'outlook.com', 'gmx.de', 'wp.pl', 'libero.it', 'yahoo.fr']);
      const [user, domain] = [name.replace(/_/g, '.'), host.split('.')];
      text = obfuscate ? rng.pick([`${user} (at) ${domain[0]} (dot) ${domain[1]}`, `${user}[at]${host}`, `${user} @ ${domain[0]} . ${domain[1]}`]) : `${user}@${host}`;
      break;
    }
    case 'website': {
      const site = `${name.replace(/[._]/g, '-')}-shop`;
      text = obfuscate ? rng.pick([`${site} dot com`, `www . ${site} . com`, `${site} (.) eu`]) : rng.pick([`www.${site}.com`, `https://${site}.eu`]);
      break;
    }
  }
  return { channel, text, obfuscated: obfuscate };
}
