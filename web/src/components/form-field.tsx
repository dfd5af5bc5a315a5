/**
 * Form fields with a visible label, an optional hint and an error tied to the control
 * (`aria-describedby`, `aria-invalid`), so screen readers read the error with the field.
 */
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Marks the label "(optional)" in the given words. */
  optional?: string;
  children: (control: ControlProps) => ReactNode;
}

const describedBy = (id: string, hint: boolean, error: boolean): string | undefined =>
  [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

export function FormField({ id, label, hint, error, optional, children }: FieldProps) {
  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> ({optional})</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <FieldError id={id} message={error} />}
      {children({ id, 'aria-describedby': describedBy(id, !!hint, !!error), 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return <p id={`${id}-error`} className="field-error"><span aria-hidden="true">⚠ </span>{message}</p>;
}

interface CheckProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A checkbox with its label to the right, its hint and its error below. */
export function CheckField({ id, label, hint, error, checked, onChange, disabled }: CheckProps) {
  return (
    <div className={error ? 'check-field has-error' : 'check-field'}>
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)}
        aria-describedby={describedBy(id, !!hint, !!error)} aria-invalid={error ? true : undefined} />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
        {error && <FieldError id={id} message={error} />}
      </div>
    </div>
  );
}
