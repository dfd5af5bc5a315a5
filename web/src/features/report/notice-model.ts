/**
 * The notice form's state, its checks (the same rules the API applies, so most mistakes are
 * caught before sending) and its conversion to the API's body.
 */
import type { ErrorDetail } from '../../api/client.js';
import type { EvidenceUpload, NoticeInput, NoticeLocation } from '../../api/notice-types.js';
import type { ChosenCategory, ItemKind, MemberState } from '../../domain/taxonomy.js';
import { t, type MessageKey } from '../../i18n/index.js';

export interface NoticeDraft {
  /** The item the marketplace's "Report" link named (`?item=kind:id`, with `?url=`): fixed. */
  item: { kind: ItemKind; id: string; url?: string } | null;
  urls: string[];
  category: ChosenCategory | '';
  explanation: string;
  memberStates: MemberState[];
  legalGround: string;
  files: File[];
  csam: boolean;
  name: string;
  email: string;
  goodFaith: boolean;
}

export const LIMITS = { explanationMin: 10, explanationMax: 10_000, locations: 50, files: 5, fileBytes: 5 * 1024 * 1024, legalGround: 500, name: 200, email: 320, url: 2000 } as const;
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'] as const;
const EVIDENCE_EXTENSIONS = /\.(jpe?g|png|gif|webp|pdf|txt)$/i;

/** Control ids: errors are keyed by the control they belong to, so the summary can link to it. */
export const ids = {
  item: 'report-item',
  url: (i: number) => `report-url-${i}`,
  category: 'report-category',
  explanation: 'report-explanation',
  memberStates: 'report-member-states',
  legalGround: 'report-legal-ground',
  evidence: 'report-evidence',
  csam: 'report-csam',
  name: 'report-name',
  email: 'report-email',
  goodFaith: 'report-good-faith',
  form: 'report-form',
} as const;

/** Field problems in form order: control id → message. */
export type FieldErrors = Map<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && value.length <= LIMITS.url;
  } catch {
    return false;
  }
}

export function fileProblem(f: File): string | null {
  if (f.size === 0) return t('report.v.fileEmpty', { name: f.name });
  if (f.size > LIMITS.fileBytes) return t('report.v.fileTooLarge', { name: f.name });
  const typed = (EVIDENCE_TYPES as readonly string[]).includes(f.type);
  if (!typed && !(f.type === '' && EVIDENCE_EXTENSIONS.test(f.name))) return t('report.v.fileType', { name: f.name });
  return null;
}

export function validateNotice(d: NoticeDraft): FieldErrors {
  const errors: FieldErrors = new Map();
  const set = (id: string, key: MessageKey) => errors.has(id) || errors.set(id, t(key));
  const filled = d.urls.map((u) => u.trim()).filter(Boolean);
  if (!d.item && filled.length === 0) set(ids.url(0), 'report.v.location');
  d.urls.forEach((u, i) => {
    if (u.trim() && !isHttpUrl(u.trim())) set(ids.url(i), 'report.v.url');
  });
  if ((d.item ? 1 : 0) + filled.length > LIMITS.locations) set(ids.url(0), 'report.v.tooManyLocations');
  const explanation = d.explanation.trim();
  if (explanation.length < LIMITS.explanationMin) set(ids.explanation, 'report.v.explanationShort');
  else if (explanation.length > LIMITS.explanationMax) set(ids.explanation, 'report.v.explanationLong');
  if (d.files.length > LIMITS.files) errors.set(ids.evidence, t('report.v.tooManyFiles'));
  else for (const f of d.files) {
    const problem = fileProblem(f);
    if (problem && !errors.has(ids.evidence)) errors.set(ids.evidence, problem);
  }
  // Art. 16(2)(c): name and e-mail, except for notices of child sexual abuse material.
  if (!d.csam && !d.name.trim()) set(ids.name, 'report.v.name');
  if (!d.csam && !d.email.trim()) set(ids.email, 'report.v.email');
  else if (d.email.trim() && !EMAIL.test(d.email.trim())) set(ids.email, 'report.v.emailFormat');
  if (!d.goodFaith) set(ids.goodFaith, 'report.v.goodFaith');
  return errors;
}

/** The body for `POST /notices`, and which control each location came from (to place server errors). */
export function toNoticeInput(d: NoticeDraft, language: string, evidence: EvidenceUpload[]): { input: NoticeInput; locationIds: string[] } {
  const locations: NoticeLocation[] = [];
  const locationIds: string[] = [];
  if (d.item) {
    locations.push({ item: { kind: d.item.kind, id: d.item.id }, ...(d.item.url && isHttpUrl(d.item.url) ? { url: d.item.url } : {}) });
    locationIds.push(ids.item);
  }
  d.urls.forEach((u, i) => {
    if (!u.trim()) return;
    locations.push({ url: u.trim() });
    locationIds.push(ids.url(i));
  });
  const name = d.name.trim();
  const email = d.email.trim();
  const input: NoticeInput = {
    locations, explanation: d.explanation.trim(), good_faith: true, language,
    ...(name || email ? { notifier: { ...(name ? { name } : {}), ...(email ? { email } : {}) } } : {}),
    ...(d.category ? { category: d.category } : {}),
    ...(d.memberStates.length ? { member_states: d.memberStates } : {}),
    ...(d.legalGround.trim() ? { legal_ground: d.legalGround.trim() } : {}),
    ...(d.csam ? { child_sexual_abuse: true } : {}),
    ...(evidence.length ? { evidence } : {}),
  };
  return { input, locationIds };
}

const SERVER_FIELDS: Record<string, string> = {
  explanation: ids.explanation, 'notifier.name': ids.name, 'notifier.email': ids.email, notifier: ids.name, good_faith: ids.goodFaith,
  category: ids.category, member_states: ids.memberStates, legal_ground: ids.legalGround, evidence: ids.evidence, child_sexual_abuse: ids.csam,
};

/** Places the API's `details[{ path, problem }]` next to the fields; what fits no field is returned apart. */
export function serverErrors(details: readonly ErrorDetail[], locationIds: readonly string[], fileNames: readonly string[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = new Map();
  const other: string[] = [];
  for (const { path, problem } of details) {
    const [head, index] = path.split('.');
    const target = head === 'locations' ? locationIds[Number(index)] ?? locationIds[0] : SERVER_FIELDS[path] ?? SERVER_FIELDS[head ?? ''];
    // "evidence.1 must be an image…" is about a file the person knows by its name.
    const file = head === 'evidence' && index !== undefined ? fileNames[Number(index)] : undefined;
    const message = t('report.v.server', { problem: `${file ? `${file} ` : ''}${problem.replace(/\.$/, '')}` });
    if (target && !fields.has(target)) fields.set(target, message);
    else if (!target) other.push(`${path}: ${problem}`);
  }
  return { fields, other };
}

/** The file's bytes as base64, as the API takes evidence. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** A fresh key per submission: a double click or a retry of the same submission cannot file twice. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `notice-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
