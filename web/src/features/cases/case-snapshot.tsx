import type { CaseDetail, ScreeningSignal } from '../../api/case-types.js';
import { FieldList } from '../../components/field-list.js';
import { t, tn } from '../../i18n/index.js';
import { categoryPath, formatDateTime, formatPrice, hashPrefix, safeHref } from '../../lib/format.js';
import { Highlighted, HitList } from './highlighted.js';

const str = (c: Record<string, unknown>, k: string): string | null => (typeof c[k] === 'string' ? (c[k] as string) : null);
const num = (c: Record<string, unknown>, k: string): number | null => (typeof c[k] === 'number' ? (c[k] as number) : null);
const strs = (c: Record<string, unknown>, k: string): string[] => (Array.isArray(c[k]) ? (c[k] as unknown[]).filter((x): x is string => typeof x === 'string') : []);

function Url({ url }: { url: string }) {
  const href = safeHref(url);
  return href ? <a href={href} className="mono break" target="_blank" rel="noopener noreferrer nofollow">{url}</a> : <span className="mono break">{url}</span>;
}

/** The item as the buyer saw it: the newest evidence snapshot (kept because the marketplace's URL may be gone). */
export function CaseSnapshot({ c, signals }: { c: CaseDetail; signals: readonly ScreeningSignal[] }) {
  const snap = c.snapshots[0];
  // A case on a bare URL has no snapshot; the current listing is the next best thing.
  const content: Record<string, unknown> = snap?.content ?? (c.item ? { ...c.item } : {});
  const title = str(content, 'title');
  const description = str(content, 'description');
  const lang = str(content, 'language') ?? undefined;
  const images = strs(content, 'image_urls');
  const hits = signals.filter((s) => s.span !== null).length;
  return (
    <section className="card" aria-labelledby="snapshot-heading">
      <h2 id="snapshot-heading">{t('case.snapshot.title')}</h2>
      <p className="hint">
        {snap ? t('case.snapshot.taken', { time: formatDateTime(snap.taken_at) ?? snap.taken_at, hash: hashPrefix(snap.sha256) }) : t('case.snapshot.none')}
        {c.snapshots.length > 1 && ` ${tn('case.snapshot.count', c.snapshots.length)}`}
      </p>
      {hits > 0 && <p className="hint hit-legend"><mark className="hit">{t('case.hit.legendSample')}</mark> {tn('case.hit.legend', hits)}</p>}
      <div className="buyer-view" lang={lang}>
        {title && <h3 className="buyer-title"><Highlighted text={title} field="title" signals={signals} /></h3>}
        {num(content, 'price') !== null && <p className="buyer-price">{formatPrice(num(content, 'price'), str(content, 'currency'))}</p>}
        {description
          ? <p className="prose"><Highlighted text={description} field="description" signals={signals} /></p>
          : <p className="muted">{t('listing.noDescription')}</p>}
      </div>
      {signals.length > 0 && (
        <div className="hits">
          <h3 className="evidence-heading">{tn('case.hits.title', signals.length)}</h3>
          <HitList signals={signals} />
        </div>
      )}
      <FieldList fields={[
        [t('listing.field.brand'), str(content, 'brand')],
        [t('listing.field.gtin'), str(content, 'gtin') && <span className="mono">{str(content, 'gtin')}</span>],
        [t('listing.field.category'), categoryPath(strs(content, 'category_path'))],
        [t('listing.field.language'), lang],
        [t('listing.field.productUrl'), str(content, 'product_url') && <Url url={str(content, 'product_url')!} />],
        [t('listing.images'), images.length === 0 ? null : <ol className="url-list">{images.map((u, i) => <li key={`${i}-${u}`}><Url url={u} /></li>)}</ol>],
      ]} />
    </section>
  );
}
