/**
 * What the actor is told with each measure (Art. 23(1), RO-2: the prior warning states the reasons
 * and the redress; a suspension states its period). Plain English; the marketplace delivers it and
 * may translate it. Names no person: only points, clauses, dates and decision references.
 */
export interface MeasureFacts {
  measure: 'warning' | 'suspension' | 'termination';
  lifted: boolean;
  points: number;
  clauseId: string;
  until: string | null;
  immediate: boolean;
  decisionIds: string[];
}

export function measureText(f: MeasureFacts): string {
  const refs = f.decisionIds.length ? ` The decisions counted: ${f.decisionIds.join(', ')}.` : '';
  const redress = ' You can complain about each of these decisions free of charge through the link in its statement of reasons; if a decision is reversed, its strike is withdrawn and any measure it alone caused is lifted.';
  if (f.lifted) return `The ${f.measure} of your account is lifted because the decisions it relied on were reversed (clause ${f.clauseId}).`;
  switch (f.measure) {
    case 'warning':
      return `Warning: decisions on your content have given your account ${f.points} points under our terms (clause ${f.clauseId}). If a new strike brings your account to the suspension threshold, it will be suspended.${refs}${redress}`;
    case 'suspension':
      return `Your account is suspended until ${f.until ?? 'further notice'} (clause ${f.clauseId}): after a warning, a new strike brought it to ${f.points} points. Your listings are hidden for that period.${refs}${redress}`;
    case 'termination':
      return `Your account is terminated (clause ${f.clauseId})${f.immediate ? ': the decision concerned a product that threatens life or safety, which the terms treat as the gravest case' : `: after a warning, your strikes reached ${f.points} points`}.${refs}${redress}`;
  }
}
