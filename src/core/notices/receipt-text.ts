/**
 * The confirmation of receipt sent to the notifier (Art. 16(4), NA-4), in the form's languages.
 * It names what was received and how to follow it — no legal advice, no personal data beyond what
 * the notifier sent.
 */
export const RECEIPT_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
type Lang = (typeof RECEIPT_LANGUAGES)[number];

const T: Record<Lang, { subject: string; body: (r: ReceiptFacts) => string }> = {
  en: {
    subject: 'We received your notice',
    body: (r) => `We received your notice ${r.reference} on ${r.receivedAt} (UTC) about ${r.locations} location(s).\nWe will review it and tell you our decision and your options to contest it.\nFollow its status: ${r.statusUrl}\n`,
  },
  de: {
    subject: 'Wir haben Ihre Meldung erhalten',
    body: (r) => `Wir haben Ihre Meldung ${r.reference} am ${r.receivedAt} (UTC) zu ${r.locations} Fundstelle(n) erhalten.\nWir prüfen sie und teilen Ihnen unsere Entscheidung und Ihre Rechtsbehelfe mit.\nStatus verfolgen: ${r.statusUrl}\n`,
  },
  fr: {
    subject: 'Nous avons reçu votre notification',
    body: (r) => `Nous avons reçu votre notification ${r.reference} le ${r.receivedAt} (UTC) concernant ${r.locations} emplacement(s).\nNous allons l'examiner et vous informerons de notre décision et de vos voies de recours.\nSuivre son statut : ${r.statusUrl}\n`,
  },
  es: {
    subject: 'Hemos recibido su notificación',
    body: (r) => `Hemos recibido su notificación ${r.reference} el ${r.receivedAt} (UTC) sobre ${r.locations} ubicación(es).\nLa revisaremos y le comunicaremos nuestra decisión y sus opciones para impugnarla.\nConsulte su estado: ${r.statusUrl}\n`,
  },
};

export interface ReceiptFacts {
  reference: string;
  receivedAt: string;
  locations: number;
  statusUrl: string;
}

export function receiptMessage(language: string | null | undefined, facts: ReceiptFacts): { subject: string; text: string; language: Lang } {
  const lang = (RECEIPT_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Lang) : 'en';
  return { subject: T[lang].subject, text: T[lang].body(facts), language: lang };
}
