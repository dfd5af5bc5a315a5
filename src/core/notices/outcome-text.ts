/**
 * What the notifier is told about the decision on their notice (Art. 16(5)), with the redress
 * available to them (Art. 20 internal complaint for notifiers, Art. 21 out-of-court settlement, courts).
 */
type Lang = 'en' | 'de' | 'fr' | 'es';

export interface OutcomeFacts {
  reference: string;
  acted: boolean;
  automated: boolean;
  complaintUrl: string;
  outOfCourtUrl: string;
  /** the configured complaint window (Art. 20(1): at least six months, CH-1) */
  complaintWindowMonths: number;
}

const T: Record<Lang, { subject: string; acted: string; none: string; auto: string; redress: (f: OutcomeFacts) => string }> = {
  en: {
    subject: 'Decision on your notice', acted: 'We have acted on the content you reported.', none: 'We found no ground to act on the content you reported.',
    auto: 'Automated means were used in processing your notice.',
    redress: (f) => `If you disagree, you can file a free complaint within ${f.complaintWindowMonths} months: ${f.complaintUrl}\nYou can also turn to a certified out-of-court dispute settlement body (${f.outOfCourtUrl}) or to a court.`,
  },
  de: {
    subject: 'Entscheidung zu Ihrer Meldung', acted: 'Wir sind gegen die gemeldeten Inhalte vorgegangen.', none: 'Wir haben keinen Grund gefunden, gegen die gemeldeten Inhalte vorzugehen.',
    auto: 'Bei der Bearbeitung Ihrer Meldung wurden automatisierte Mittel eingesetzt.',
    redress: (f) => `Wenn Sie nicht einverstanden sind, können Sie innerhalb von ${f.complaintWindowMonths} Monaten kostenlos Beschwerde einlegen: ${f.complaintUrl}\nSie können sich auch an eine zertifizierte außergerichtliche Streitbeilegungsstelle (${f.outOfCourtUrl}) oder an ein Gericht wenden.`,
  },
  fr: {
    subject: 'Décision sur votre notification', acted: 'Nous avons agi à l’égard du contenu signalé.', none: 'Nous n’avons trouvé aucun motif d’agir à l’égard du contenu signalé.',
    auto: 'Des moyens automatisés ont été utilisés pour traiter votre notification.',
    redress: (f) => `Si vous n’êtes pas d’accord, vous pouvez déposer gratuitement une réclamation dans un délai de ${f.complaintWindowMonths} mois : ${f.complaintUrl}\nVous pouvez aussi saisir un organe certifié de règlement extrajudiciaire des litiges (${f.outOfCourtUrl}) ou un tribunal.`,
  },
  es: {
    subject: 'Decisión sobre su notificación', acted: 'Hemos actuado respecto del contenido notificado.', none: 'No hemos encontrado motivos para actuar respecto del contenido notificado.',
    auto: 'Se utilizaron medios automatizados para tramitar su notificación.',
    redress: (f) => `Si no está de acuerdo, puede presentar una reclamación gratuita en un plazo de ${f.complaintWindowMonths} meses: ${f.complaintUrl}\nTambién puede acudir a un órgano certificado de resolución extrajudicial de litigios (${f.outOfCourtUrl}) o a un tribunal.`,
  },
};

export function outcomeMessage(language: string | null | undefined, f: OutcomeFacts): { subject: string; text: string; language: Lang } {
  const lang: Lang = (['en', 'de', 'fr', 'es'] as const).find((l) => l === language) ?? 'en';
  const t = T[lang];
  const text = [`${f.reference}: ${f.acted ? t.acted : t.none}`, ...(f.automated ? [t.auto] : []), t.redress(f), ''].join('\n');
  return { subject: `${t.subject} ${f.reference}`, text, language: lang };
}
