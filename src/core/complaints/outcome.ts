/**
 * Complaint outcomes (Art. 20(4)–(5), CH-3, CH-4) and the reasoned message the complainant gets,
 * with the out-of-court settlement information of Art. 21(1) (ODS-1) and the right to go to court.
 */
import { DomainError, type ErrorDetail } from '../errors.js';

export const COMPLAINT_OUTCOMES = ['upheld', 'reversed', 'modified'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** The ledger's vocabulary (Commission template part 7): upheld, reversed, partially reversed. */
export const LEDGER_OUTCOME: Record<ComplaintOutcome, 'upheld' | 'reversed' | 'partially_reversed'> = {
  upheld: 'upheld', reversed: 'reversed', modified: 'partially_reversed',
};

export interface ReviewerFacts {
  /** `user:<id>` or `api_key:<id>`: who decides. */
  reviewer: string;
  /** How the decider is a person: API keys and automated actors cannot decide a complaint (CH-5). */
  reviewerKind: 'user' | 'api_key' | 'automated';
  role: string;
  /** Who took the decision complained about. */
  originalDecider: string;
  /** Who approved it as second reviewer, if anyone. */
  secondReviewer: string | null;
}

/** Roles whose holders are qualified staff for complaint review (CH-5); named in docs/complaints.md. */
export const QUALIFIED_COMPLAINT_ROLES = ['senior_reviewer', 'compliance_officer', 'reviewer'] as const;

/**
 * CH-5: a qualified human who took no part in the original decision; never an automated actor or a
 * machine key. Returns the problems, empty when the reviewer may decide.
 */
export function reviewerProblems(f: ReviewerFacts): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (f.reviewerKind !== 'user') out.push({ path: 'reviewer', problem: 'complaints are decided by a signed-in person, never by an API key or automated means alone (Art. 20(6))' });
  if (!(QUALIFIED_COMPLAINT_ROLES as readonly string[]).includes(f.role)) out.push({ path: 'reviewer', problem: `the role ${f.role} is not qualified to decide complaints` });
  if (f.reviewer === f.originalDecider || (f.secondReviewer && f.reviewer === f.secondReviewer)) {
    out.push({ path: 'reviewer', problem: 'the reviewer took part in the original decision; another qualified reviewer must decide (CH-5)' });
  }
  return out;
}

export function assertReviewer(f: ReviewerFacts): void {
  const p = reviewerProblems(f);
  if (p.length) throw new DomainError('forbidden', p.map((x) => x.problem).join('; '), p);
}

export interface OutcomeFields {
  reference: string;
  outcome: ComplaintOutcome;
  reasons: string;
  outOfCourtUrl: string;
  platformName: string;
}

type Lang = 'en' | 'de' | 'fr' | 'es';
const TEXT: Record<Lang, { subject: (r: string) => string; verdict: Record<ComplaintOutcome, string>; reasons: string; redress: (url: string) => string }> = {
  en: {
    subject: (r) => `Decision on your complaint ${r}`,
    verdict: { upheld: 'We reviewed your complaint and upheld the original decision.', reversed: 'We reviewed your complaint and reversed the original decision.', modified: 'We reviewed your complaint and modified the original decision.' },
    reasons: 'Reasons:',
    redress: (url) => `If you disagree, you may choose a certified out-of-court dispute settlement body (list and how to choose: ${url}). Its fees are borne by us if it decides in your favour. This does not affect your right to go to court.`,
  },
  de: {
    subject: (r) => `Entscheidung über Ihre Beschwerde ${r}`,
    verdict: { upheld: 'Wir haben Ihre Beschwerde geprüft und die ursprüngliche Entscheidung bestätigt.', reversed: 'Wir haben Ihre Beschwerde geprüft und die ursprüngliche Entscheidung aufgehoben.', modified: 'Wir haben Ihre Beschwerde geprüft und die ursprüngliche Entscheidung geändert.' },
    reasons: 'Gründe:',
    redress: (url) => `Wenn Sie nicht einverstanden sind, können Sie eine zertifizierte außergerichtliche Streitbeilegungsstelle wählen (Liste und Auswahl: ${url}). Entscheidet sie zu Ihren Gunsten, tragen wir ihre Gebühren. Ihr Recht, ein Gericht anzurufen, bleibt unberührt.`,
  },
  fr: {
    subject: (r) => `Décision sur votre réclamation ${r}`,
    verdict: { upheld: 'Nous avons examiné votre réclamation et maintenu la décision initiale.', reversed: 'Nous avons examiné votre réclamation et annulé la décision initiale.', modified: 'Nous avons examiné votre réclamation et modifié la décision initiale.' },
    reasons: 'Motifs :',
    redress: (url) => `Si vous n’êtes pas d’accord, vous pouvez choisir un organe certifié de règlement extrajudiciaire des litiges (liste et choix : ${url}). Ses frais sont à notre charge s’il vous donne raison. Votre droit de saisir un tribunal n’est pas affecté.`,
  },
  es: {
    subject: (r) => `Decisión sobre su reclamación ${r}`,
    verdict: { upheld: 'Hemos examinado su reclamación y mantenido la decisión original.', reversed: 'Hemos examinado su reclamación y revocado la decisión original.', modified: 'Hemos examinado su reclamación y modificado la decisión original.' },
    reasons: 'Motivos:',
    redress: (url) => `Si no está de acuerdo, puede elegir un órgano certificado de resolución extrajudicial de litigios (lista y cómo elegir: ${url}). Si resuelve a su favor, asumimos sus tasas. Esto no afecta a su derecho a acudir a los tribunales.`,
  },
};

export const complaintLanguage = (lang: string | null | undefined): Lang => (lang && lang.slice(0, 2).toLowerCase() in TEXT ? (lang.slice(0, 2).toLowerCase() as Lang) : 'en');

/** CH-4: the reasoned outcome with the dispute-settlement link. */
export function complaintOutcomeMessage(lang: string | null | undefined, f: OutcomeFields): { language: Lang; subject: string; text: string } {
  const language = complaintLanguage(lang);
  const t = TEXT[language];
  const text = [`${f.platformName}: ${t.verdict[f.outcome]}`, '', t.reasons, f.reasons, '', t.redress(f.outOfCourtUrl)].join('\n');
  return { language, subject: t.subject(f.reference), text };
}

export const complaintReference = (id: string): string => `C-${id.slice(0, 8).toUpperCase()}`;

const REDRESS: Record<Lang, { subject: string; reversed: (d: string, by: string) => string; modified: (d: string, by: string) => string; by: Record<'complaint' | 'dispute', string> }> = {
  en: { subject: 'Update to a statement of reasons', reversed: (d, by) => `The decision ${d} has been reversed following ${by}. The restriction is lifted and the item restored; any penalty based on it is withdrawn.`, modified: (d, by) => `The decision ${d} has been modified following ${by}. The restriction now in force is described below.`, by: { complaint: 'a complaint', dispute: 'an out-of-court dispute settlement' } },
  de: { subject: 'Änderung einer Begründung', reversed: (d, by) => `Die Entscheidung ${d} wurde nach ${by} aufgehoben. Die Beschränkung ist aufgehoben und der Inhalt wiederhergestellt; darauf beruhende Sanktionen werden zurückgenommen.`, modified: (d, by) => `Die Entscheidung ${d} wurde nach ${by} geändert. Die nun geltende Beschränkung ist unten beschrieben.`, by: { complaint: 'einer Beschwerde', dispute: 'einer außergerichtlichen Streitbeilegung' } },
  fr: { subject: 'Mise à jour d’un exposé des motifs', reversed: (d, by) => `La décision ${d} a été annulée à la suite ${by}. La restriction est levée et le contenu rétabli ; toute sanction fondée sur elle est retirée.`, modified: (d, by) => `La décision ${d} a été modifiée à la suite ${by}. La restriction désormais en vigueur est décrite ci-dessous.`, by: { complaint: 'd’une réclamation', dispute: 'd’un règlement extrajudiciaire' } },
  es: { subject: 'Actualización de una exposición de motivos', reversed: (d, by) => `La decisión ${d} se ha revocado tras ${by}. La restricción se ha levantado y el contenido se ha restablecido; se retira toda sanción basada en ella.`, modified: (d, by) => `La decisión ${d} se ha modificado tras ${by}. La restricción vigente se describe a continuación.`, by: { complaint: 'una reclamación', dispute: 'una resolución extrajudicial' } },
};

/** The trader-facing notice that a statement of reasons no longer stands as issued (CH-3). */
export function redressNotice(lang: string | null | undefined, f: { decisionId: string; kind: 'reversed' | 'modified'; by: 'complaint' | 'dispute'; reasons: string; newActions?: string[] }) {
  const language = complaintLanguage(lang);
  const t = REDRESS[language];
  const head = f.kind === 'reversed' ? t.reversed(f.decisionId, t.by[f.by]) : t.modified(f.decisionId, t.by[f.by]);
  const text = [head, '', f.reasons, ...(f.newActions?.length ? ['', f.newActions.join(', ')] : [])].join('\n');
  return { language, subject: t.subject, text };
}
