/**
 * The only module that reads the environment. `loadConfig(env)` turns raw variables into a typed,
 * defaulted config and fails fast listing every bad setting at once (docs/OPERATIONS.md documents
 * each variable; a test keeps the two in step).
 */
import path from 'node:path';
import { DomainError, type ErrorDetail } from './core/errors.js';
import type { FlaggerReportThreshold } from './core/flaggers/threshold.js';

export interface Config {
  dataDir: string;
  databaseUrl: string | null;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  cookieSecure: boolean;
  sessionTtlHours: number;
  bodyLimitBytes: number;
  importBodyLimitBytes: number;
  publicRateLimitPerMinute: number;
  /** per client on /healthz, which load balancers and monitors poll */
  healthRateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  checkpointDir: string;
  checkpointIntervalMinutes: number;
  ledgerKeyFile: string;
  runWorker: boolean;
  jobPollSeconds: number;
  webhookUrl: string | null;
  webhookSecret: string | null;
  webhookMaxAttempts: number;
  webhookAllowPrivate: boolean;
  ownDomains: string[];
  webDistDir: string;
  mailFrom: string;
  platformName: string;
  complaintUrlTemplate: string;
  outOfCourtUrl: string;
  complaintWindowMonths: number;
  effectTimeoutMinutes: number;
  severeActions: string[];
  tdbUrl: string | null;
  tdbToken: string | null;
  /**
   * The statements go to the local sandbox emulator of the Transparency Database, never to the EU
   * database. Set only by `vigil serve --demo` when it starts the emulator; no variable sets it.
   */
  tdbLocalSandbox: boolean;
  rulesPollSeconds: number;
  detectionLinks: boolean;
  detectionImages: boolean;
  rescanBatch: number;
  /** Art. 22(6), TF-2: when a trusted flagger's unfounded notices call for a report to its coordinator. */
  flaggerReportThreshold: FlaggerReportThreshold;
}

/** Every variable Vigil reads, with its default; docs/OPERATIONS.md must list each of them. */
export const ENV_VARS = [
  'VIGIL_DATA_DIR', 'DATABASE_URL', 'VIGIL_HOST', 'PORT', 'VIGIL_PUBLIC_URL', 'VIGIL_LOG_LEVEL',
  'VIGIL_COOKIE_SECURE', 'VIGIL_SESSION_TTL_HOURS', 'VIGIL_BODY_LIMIT_BYTES', 'VIGIL_IMPORT_BODY_LIMIT_BYTES',
  'VIGIL_PUBLIC_RATE_LIMIT', 'VIGIL_HEALTH_RATE_LIMIT', 'VIGIL_LOGIN_RATE_LIMIT', 'VIGIL_CHECKPOINT_DIR', 'VIGIL_CHECKPOINT_INTERVAL_MINUTES',
  'VIGIL_LEDGER_KEY_FILE', 'VIGIL_WORKER', 'VIGIL_JOB_POLL_SECONDS', 'VIGIL_WEBHOOK_URL', 'VIGIL_WEBHOOK_SECRET',
  'VIGIL_WEBHOOK_MAX_ATTEMPTS', 'VIGIL_WEBHOOK_ALLOW_PRIVATE', 'VIGIL_OWN_DOMAINS', 'VIGIL_WEB_DIST', 'VIGIL_MAIL_FROM',
  'VIGIL_PLATFORM_NAME', 'VIGIL_COMPLAINT_URL_TEMPLATE', 'VIGIL_OUT_OF_COURT_URL', 'VIGIL_COMPLAINT_WINDOW_MONTHS', 'VIGIL_EFFECT_TIMEOUT_MINUTES', 'VIGIL_SEVERE_ACTIONS',
  'VIGIL_TDB_URL', 'VIGIL_TDB_TOKEN',
  'VIGIL_RULES_POLL_SECONDS', 'VIGIL_DETECTION_LINKS', 'VIGIL_DETECTION_IMAGES', 'VIGIL_RESCAN_BATCH',
  'VIGIL_FLAGGER_REPORT_MIN_DECIDED', 'VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE',
] as const;

type Env = Record<string, string | undefined>;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: ErrorDetail[] = [];
  const str = (name: string, fallback: string): string => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? fallback : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push({ path: name, problem: `must be an integer between ${min} and ${max}, got "${raw}"` });
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push({ path: name, problem: `must be true or false, got "${env[name]}"` });
    return fallback;
  };
  /** A share in (0, 1], written as a decimal (0.3) or a percentage (30%). */
  const share = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw);
    const n = pct ? Number(pct[1]) / 100 : /^\d*\.?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n > 0 && n <= 1)) {
      problems.push({ path: name, problem: `must be a share above 0 and at most 1, as a decimal (0.3) or a percentage (30%), got "${raw}"` });
      return fallback;
    }
    return n;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      problems.push({ path: name, problem: `must be a ${protocols.join(' or ')} URL` });
      return null;
    }
  };

  const dataDir = path.resolve(cwd, str('VIGIL_DATA_DIR', '.vigil'));
  const port = int('PORT', 8080, 0, 65535);
  const host = str('VIGIL_HOST', '127.0.0.1');
  const publicUrl = url('VIGIL_PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const logLevel = str('VIGIL_LOG_LEVEL', 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push({ path: 'VIGIL_LOG_LEVEL', problem: `must be one of ${LOG_LEVELS.join(', ')}` });
  const webhookUrl = url('VIGIL_WEBHOOK_URL', ['http:', 'https:']);
  const webhookSecret = env.VIGIL_WEBHOOK_SECRET?.trim() || null;
  if (webhookUrl && (!webhookSecret || webhookSecret.length < 16)) {
    problems.push({ path: 'VIGIL_WEBHOOK_SECRET', problem: 'required with VIGIL_WEBHOOK_URL, at least 16 characters' });
  }
  const ownDomains = str('VIGIL_OWN_DOMAINS', '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);

  const config: Config = {
    dataDir,
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    host,
    port,
    publicUrl,
    logLevel,
    cookieSecure: bool('VIGIL_COOKIE_SECURE', publicUrl.startsWith('https:')),
    sessionTtlHours: int('VIGIL_SESSION_TTL_HOURS', 12, 1, 24 * 30),
    bodyLimitBytes: int('VIGIL_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    importBodyLimitBytes: int('VIGIL_IMPORT_BODY_LIMIT_BYTES', 2 * 1024 ** 3, 1024, 64 * 1024 ** 3),
    publicRateLimitPerMinute: int('VIGIL_PUBLIC_RATE_LIMIT', 60, 1, 1_000_000),
    healthRateLimitPerMinute: int('VIGIL_HEALTH_RATE_LIMIT', 600, 1, 1_000_000),
    loginRateLimitPerMinute: int('VIGIL_LOGIN_RATE_LIMIT', 10, 1, 1_000_000),
    checkpointDir: path.resolve(cwd, str('VIGIL_CHECKPOINT_DIR', path.join(dataDir, 'checkpoints'))),
    checkpointIntervalMinutes: int('VIGIL_CHECKPOINT_INTERVAL_MINUTES', 5, 1, 24 * 60),
    ledgerKeyFile: path.resolve(cwd, str('VIGIL_LEDGER_KEY_FILE', path.join(dataDir, 'keys', 'ledger-ed25519.pem'))),
    runWorker: bool('VIGIL_WORKER', true),
    jobPollSeconds: int('VIGIL_JOB_POLL_SECONDS', 1, 1, 60),
    webhookUrl,
    webhookSecret,
    webhookMaxAttempts: int('VIGIL_WEBHOOK_MAX_ATTEMPTS', 12, 1, 100),
    webhookAllowPrivate: bool('VIGIL_WEBHOOK_ALLOW_PRIVATE', false),
    ownDomains,
    webDistDir: path.resolve(cwd, str('VIGIL_WEB_DIST', 'web/dist')),
    mailFrom: str('VIGIL_MAIL_FROM', 'Vigil <no-reply@vigil.invalid>'),
    platformName: str('VIGIL_PLATFORM_NAME', 'the marketplace'),
    complaintUrlTemplate: str('VIGIL_COMPLAINT_URL_TEMPLATE', `${publicUrl.replace(/\/$/, '')}/complaints/new?decision={decisionId}&token={token}&lang={lang}`),
    outOfCourtUrl: str('VIGIL_OUT_OF_COURT_URL', 'https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement'),
    // CH-1: at least six months (Art. 20(1)); an operator may offer longer.
    complaintWindowMonths: int('VIGIL_COMPLAINT_WINDOW_MONTHS', 6, 6, 120),
    effectTimeoutMinutes: int('VIGIL_EFFECT_TIMEOUT_MINUTES', 5, 1, 24 * 60),
    severeActions: str('VIGIL_SEVERE_ACTIONS', 'suspend_account,terminate_account').split(',').map((a) => a.trim()).filter(Boolean),
    tdbUrl: url('VIGIL_TDB_URL', ['http:', 'https:']),
    tdbToken: env.VIGIL_TDB_TOKEN?.trim() || null,
    tdbLocalSandbox: false,
    rulesPollSeconds: int('VIGIL_RULES_POLL_SECONDS', 5, 0, 300),
    detectionLinks: bool('VIGIL_DETECTION_LINKS', true),
    detectionImages: bool('VIGIL_DETECTION_IMAGES', true),
    rescanBatch: int('VIGIL_RESCAN_BATCH', 1000, 10, 20_000),
    flaggerReportThreshold: {
      minDecided: int('VIGIL_FLAGGER_REPORT_MIN_DECIDED', 20, 1, 1_000_000),
      unfoundedShare: share('VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE', 0.3),
    },
  };
  if (problems.length > 0) {
    throw new DomainError('invalid_config', `invalid configuration: ${problems.map((p) => `${p.path} ${p.problem}`).join('; ')}`, problems);
  }
  return config;
}
