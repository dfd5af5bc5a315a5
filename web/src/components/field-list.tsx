import type { ReactNode } from 'react';
import { t } from '../i18n/index.js';

export type Field = readonly [label: string, value: ReactNode];

/** A definition list of label/value pairs; empty values show a dash so the layout stays scannable. */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <dl className="fields">
      {fields.map(([label, value]) => (
        <div className="field" key={label}>
          <dt>{label}</dt>
          <dd>{value === null || value === undefined || value === '' ? <span className="muted">{t('common.none')}</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
