import { CLOCK_INFO } from '../clocks/clock-info.js';
import { CLOCK_KINDS } from '../clocks/deadlines.js';
import { DECISION_ACTIONS, DECISION_MATRIX, DECISION_SOURCES, type MatrixCell } from './matrix.js';
import { SOURCE_RULES } from './sources.js';

/**
 * docs/decision-matrix.md, rendered from the matrix itself so the document cannot drift from the
 * code (a test compares them; `npx tsx scripts/render-decision-matrix.ts` rewrites it).
 */

const yes = (b: boolean) => (b ? 'yes' : '—');
const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '—');

function columns(c: MatrixCell): string[] {
  if (!c.applicable) return ['n/a', '', '', '', '', '', '', ''];
  const fields = [
    ...c.fields.decision_visibility.map((v) => v.replace('DECISION_VISIBILITY_', 'visibility ')),
    c.fields.decision_monetary?.replace('DECISION_MONETARY_', 'monetary '),
    c.fields.decision_provision?.replace('DECISION_PROVISION_', 'provision '),
    c.fields.decision_account?.replace('DECISION_ACCOUNT_', 'account '),
  ].filter((x): x is string => Boolean(x));
  const complaint = [c.complaint.trader && 'trader', c.complaint.notifier && 'notifier'].filter((x): x is string => Boolean(x));
  return [
    c.statementOwed ? `yes, ${c.statementBasis}` : `no (${c.statementBasis})`,
    yes(c.transparencyDb),
    list(c.inform.map((i) => `${i.party.replace('_', ' ')} (${i.article})`)),
    list(complaint),
    yes(c.effectConfirmation),
    yes(c.buyerInformation),
    list(fields.map((f) => f.toLowerCase().replace(/_/g, ' '))),
    // buyer_lookback has its own column.
    list(c.clocks.filter((k) => k !== 'buyer_lookback')),
  ];
}

function row(source: string, action: string): string {
  const [illegal, tc] = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'].map((g) =>
    DECISION_MATRIX.find((c) => c.source === source && c.ground === g && c.action === action) as MatrixCell);
  const a = columns(illegal as MatrixCell);
  const b = columns(tc as MatrixCell);
  // Orders exist on the illegal-content ground only: show that ground alone.
  const merged = SOURCE_RULES[source as MatrixCell['source']].incompatibleGround
    ? a.map((v, i) => (v === b[i] ? v : `illegal: ${v || '—'}; T&C: ${b[i] || '—'}`))
    : a;
  return `| ${action} | ${merged.join(' | ')} |`;
}

export function renderDecisionMatrixMarkdown(): string {
  const out: string[] = [
    '# Decision matrix and legal clocks',
    '',
    'Generated from `src/core/decisions/matrix.ts` and `src/core/clocks/` by `npx tsx scripts/render-decision-matrix.ts`;',
    'a test fails when this file and the code disagree. Requirement IDs refer to the requirement catalogue.',
    '',
    'For each source of a decision, each action and both grounds (illegal content; incompatible with the',
    'terms and conditions, "T&C"): whether a statement of reasons is owed (Art. 17(1); Art. 17(5) exempts',
    'Art. 9 orders), whether it goes to the Transparency Database (Art. 24(5)), who is informed, who may',
    'complain (Art. 20(1)), whether the marketplace must confirm the effect, the statement\'s decision fields,',
    'and which clocks run. Where the grounds differ, the cell shows both. Buyers of the last 6 months are',
    'informed (Art. 32(1), `buyer_lookback`) for restrictions on the illegal-content ground only.',
    '',
    'Applied per decision on top of the table: deceptive high-volume commercial content gets no statement',
    'and no database record (Art. 17(2)); without the recipient\'s contact details the statement is still',
    'drawn up and submitted but not sent (Art. 17(2)); a suspicion of a criminal offence threatening life',
    'or safety adds an escalation to the competent authority with its own record (Art. 18, NA-10);',
    'a product-safety notice adds the `gpsr_notice` clock (GPSR Art. 22, NA-7).',
    '',
  ];
  for (const source of DECISION_SOURCES) {
    const s = SOURCE_RULES[source];
    out.push(`## ${source} (${s.article}; source_type ${s.sourceType}${s.incompatibleGround ? '' : '; illegal content only'})`, '');
    out.push('| action | statement of reasons | database | informed | complaint | effect check | buyers informed | statement fields | clocks |');
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const action of DECISION_ACTIONS) out.push(row(source, action));
    const na = DECISION_MATRIX.find((c) => c.source === source && c.ground === 'DECISION_GROUND_ILLEGAL_CONTENT' && !c.applicable)
      ?? DECISION_MATRIX.find((c) => c.source === source && !c.applicable);
    if (na) out.push('', `n/a: ${na.notApplicable ?? ''}.`);
    if (s.conditionalClocks.length) out.push('', `Also: ${s.conditionalClocks.map((k) => `\`${k.kind}\` for ${k.when}`).join('; ')}.`);
    out.push('');
  }
  out.push('## Clocks', '', 'Working-day clocks count in the member state\'s calendar (national public holidays, weekends; regional',
    'holidays are operator extras), skip the day of receipt and end at 23:59:59.999 local time on the last day',
    '(Regulation (EEC, Euratom) No 1182/71, Arts. 2–3). "target" clocks are operator SLOs with the defaults shown.', '',
    '| clock | basis | rule | requirement | article |', '| --- | --- | --- | --- | --- |');
  for (const kind of CLOCK_KINDS) {
    const c = CLOCK_INFO[kind];
    out.push(`| ${kind} | ${c.basis} | ${c.rule} | ${c.requirement} | ${c.article} |`);
  }
  return `${out.join('\n')}\n`;
}
