/**
 * The statement of reasons to the affected trader (Art. 17(1), (3)(a)–(f); SOR-1, SOR-2, X-5):
 * complete and specific, in the trader's language (EN, DE, FR, ES; English otherwise), with the
 * three redress routes and a link to where the internal complaint is filed. This is the private
 * audience: the reviewer's explanation is quoted, but the notifier's name is removed unless the
 * caller says disclosing it is strictly necessary (Art. 17(3)(b)).
 */
import { DomainError } from '../errors.js';
import { scrubText } from '../privacy/scrubber.js';
import { expandTerritorialScope } from './build.js';
import { isoDate, type DateInput, type DecisionForStatement } from './decision-input.js';
import { EEA, EU27 } from './places.js';
import { DE } from './trader-messages-de.js';
import { EN } from './trader-messages-en.js';
import { ES } from './trader-messages-es.js';
import { FR } from './trader-messages-fr.js';
import type { Art17Element, RestrictionValue, TraderMessages } from './trader-messages.js';

export const TRADER_LANGUAGES = { en: EN, de: DE, fr: FR, es: ES } as const;
export type TraderLanguage = keyof typeof TRADER_LANGUAGES;

export interface TraderStatementOptions {
  platformName: string;
  /** The trader's language (ISO 639-1 or BCP 47); unknown languages fall back to English. */
  language?: string | null;
  /** Where to file the internal complaint (Art. 20); `{decisionId}`, `{lang}` and `{token}` are filled in. */
  complaintUrlTemplate: string;
  /** The trader's per-decision complaint token (CH-2: one click from the statement to the form). */
  complaintToken?: string | null;
  /** Where the certified out-of-court dispute settlement bodies are listed (Art. 21). */
  outOfCourtUrl?: string | null;
  /** Art. 20(1): at least six months. */
  complaintWindowMonths?: number;
  /** Name the notifier (Art. 17(3)(b): only where strictly necessary). */
  discloseNotifier?: boolean;
  /** The notifier's name(s), removed from every text unless `discloseNotifier`. */
  notifierNames?: readonly string[];
}

export interface TraderStatementSection {
  element: Art17Element;
  heading: string;
  lines: string[];
}

export interface TraderStatement {
  decisionId: string;
  language: TraderLanguage;
  subject: string;
  complaintUrl: string;
  sections: TraderStatementSection[];
  /** Plain-text rendering for e-mail and webhooks. */
  text: string;
}

export function traderLanguage(lang: string | null | undefined): TraderLanguage {
  const code = (lang ?? '').split(/[-_]/)[0]!.toLowerCase();
  return code in TRADER_LANGUAGES ? (code as TraderLanguage) : 'en';
}

export function complaintUrl(template: string, decisionId: string, lang: string, token?: string | null): string {
  const url = template.replaceAll('{decisionId}', encodeURIComponent(decisionId)).replaceAll('{lang}', encodeURIComponent(lang)).replaceAll('{token}', encodeURIComponent(token ?? ''));
  if (!/^https?:\/\/[^\s/]+/i.test(url)) throw new DomainError('invalid_config', 'the complaint URL template must give an absolute http(s) URL', [{ path: 'complaintUrlTemplate', problem: 'not an absolute http(s) URL' }]);
  return url;
}

export function buildTraderStatement(d: DecisionForStatement, o: TraderStatementOptions): TraderStatement {
  const language = traderLanguage(o.language);
  const m: TraderMessages = TRADER_LANGUAGES[language];
  const protect = o.discloseNotifier ? [] : (o.notifierNames ?? []);
  // Only the notifier's name is protected here: the trader may see their own data.
  const t = (s: string | null | undefined): string | null => (s ? scrubText(s, { names: protect, keep: ['email', 'url', 'iban', 'card', 'ip', 'phone', 'address', 'handle'] }).text : null);
  const date = (x: DateInput): string => m.date(isoDate(x));
  const url = complaintUrl(o.complaintUrlTemplate, d.decisionId, language, o.complaintToken);
  const item = m.item[d.facts.itemKind];

  // (a) restriction, territorial scope, duration.
  const a: string[] = [];
  const duration = (end: DateInput | null | undefined): string => `${m.from(date(d.applicationDate))}, ${end ? m.until(date(end)) : m.indefinite}`;
  const line = (v: RestrictionValue, end: DateInput | null | undefined, other?: string): string =>
    `${other ? m.otherRestriction(m.restriction[v], t(other) ?? '') : m.restriction[v]} — ${duration(end)}.`;
  const r = d.restrictions;
  for (const v of r.visibility?.types ?? []) a.push(line(v, r.visibility?.endDate, v === 'DECISION_VISIBILITY_OTHER' ? r.visibility?.other : undefined));
  if (r.monetary) a.push(line(r.monetary.type, r.monetary.endDate, r.monetary.type === 'DECISION_MONETARY_OTHER' ? r.monetary.other : undefined));
  if (r.provision) a.push(line(r.provision.type, r.provision.endDate));
  if (r.account) a.push(line(r.account.type, r.account.endDate));
  if (a.length === 0) throw new DomainError('invalid_body', 'a statement of reasons needs at least one restriction', [{ path: 'restrictions', problem: 'empty' }]);
  const scope = expandTerritorialScope(d.territorialScope);
  a.push(capitalise(scope.length === EEA.length ? m.scope.eea : scope.length === EU27.length && EU27.every((c) => scope.includes(c)) ? m.scope.eu : m.scope.list(scope.join(', '))) + '.');

  // (b) facts and circumstances, the source, the notifier only where strictly necessary.
  const f = d.facts;
  const b = [m.itemLine(item, f.itemId, t(f.title)), m.contentDate(date(d.contentDate)), m.source[d.source.kind]];
  if (o.discloseNotifier && d.source.kind !== 'own_initiative' && d.source.identity) b.push(m.notifier(d.source.identity));
  if (f.failedAttribute) b.push(m.failedAttribute(t(f.failedAttribute)!));
  if (f.finding) b.push(m.finding(sentence(t(f.finding)!)));
  if (f.ruleHits?.length) b.push(m.ruleHits(f.ruleHits.map((h) => (h.label ? `${h.id} (${t(h.label)})` : h.id)).join('; ')));
  if (f.measureBasis) b.push(m.measureBasis(f.measureBasis.points, f.measureBasis.windowDays, f.measureBasis.decisionPuids.join(', ')));

  // (c) automated means.
  const c = [d.automatedDetection ? m.detection.automated : m.detection.notAutomated, m.decided[d.automatedDecision]];

  // (d) legal ground or (e) contractual ground.
  const g = d.ground;
  const ground: TraderStatementSection = g.kind === 'illegal'
    ? { element: 'd', heading: m.headings.d, lines: [m.legalGround(t(g.legalGround)!), m.explanation(sentence(t(g.explanation)!))] }
    : { element: 'e', heading: m.headings.e, lines: [m.clause(t(g.clause)!), m.explanation(sentence(t(g.explanation)!))] };
  if (g.kind === 'incompatible' && g.alsoIllegal !== undefined && g.alsoIllegal !== null) ground.lines.push(g.alsoIllegal ? m.alsoIllegal.yes : m.alsoIllegal.no);
  if (g.referenceUrl) ground.lines.push(m.reference(g.referenceUrl));

  // (f) redress: internal complaint with the link, out-of-court settlement, court.
  const fLines = [m.complaint(url, Math.max(6, o.complaintWindowMonths ?? 6)), m.outOfCourt(o.outOfCourtUrl ?? null), m.court];

  const sections: TraderStatementSection[] = [
    { element: 'a', heading: m.headings.a, lines: a },
    { element: 'b', heading: m.headings.b, lines: b },
    { element: 'c', heading: m.headings.c, lines: c },
    ground,
    { element: 'f', heading: m.headings.f, lines: fLines },
  ];
  const subject = m.subject(o.platformName, `${item} ${f.itemId}`);
  const text = [subject, '', m.intro(o.platformName), '', ...sections.flatMap((s) => [s.heading, ...s.lines.map((l) => `- ${l}`), '']), m.closing(o.platformName)].join('\n');
  return { decisionId: d.decisionId, language, subject, complaintUrl: url, sections, text };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`);
