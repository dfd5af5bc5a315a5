import { useEffect, useRef } from 'react';
import { FormField } from '../../components/form-field.js';
import { t } from '../../i18n/index.js';
import { ids, LIMITS, type FieldErrors, type NoticeDraft } from './notice-model.js';

interface LocationFieldsProps {
  item: NoticeDraft['item'];
  urls: string[];
  errors: FieldErrors;
  onUrls: (urls: string[]) => void;
}

/** The exact location(s) (Art. 16(2)(b)): the item the "Report" link named, and any more web addresses. */
export function LocationFields({ item, urls, errors, onUrls }: LocationFieldsProps) {
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    document.getElementById(ids.url(urls.length - 1))?.focus();
  }, [urls.length]);
  const offset = item ? 2 : 1;
  const canRemove = item !== null || urls.length > 1;
  return (
    <>
      {item && (
        <div id={ids.item} tabIndex={-1} className={errors.has(ids.item) ? 'reported-item has-error' : 'reported-item'}>
          <p className="reported-item-label">{t('report.item')}</p>
          <p className="reported-item-value">
            {t(`report.itemKind.${item.kind}`)} <span className="mono">{item.id}</span>
          </p>
          {item.url && <p className="mono break small">{item.url}</p>}
          {errors.has(ids.item) && <p className="field-error">{errors.get(ids.item)}</p>}
        </div>
      )}
      {urls.map((url, i) => (
        <div className="url-row" key={i}>
          <FormField id={ids.url(i)} label={item || urls.length > 1 ? t('report.urlN', { n: i + offset }) : t('report.url')}
            hint={i === 0 ? t('report.urlHint') : undefined} error={errors.get(ids.url(i))}>
            {(c) => (
              <input {...c} type="url" inputMode="url" autoComplete="url" spellCheck={false} maxLength={LIMITS.url} value={url}
                aria-required={!item && i === 0} onChange={(e) => onUrls(urls.map((u, j) => (j === i ? e.target.value : u)))} />
            )}
          </FormField>
          {canRemove && (
            <button type="button" className="button button-secondary button-small" onClick={() => onUrls(urls.filter((_, j) => j !== i))}
              aria-label={t('report.removeUrl', { n: i + offset })}>✕</button>
          )}
        </div>
      ))}
      {urls.length + (item ? 1 : 0) < LIMITS.locations && (
        <button type="button" className="button button-secondary button-small" onClick={() => {
          added.current = true;
          onUrls([...urls, '']);
        }}>+ {t('report.addUrl')}</button>
      )}
    </>
  );
}
