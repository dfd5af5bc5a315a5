import type { Listing } from '../../api/types.js';
import { VisibilityBadge } from '../../components/badges.js';
import { FieldList } from '../../components/field-list.js';
import { t } from '../../i18n/index.js';
import { categoryPath, formatDateTime, formatPrice, safeHref } from '../../lib/format.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';

/** An outside URL as text plus, when it is http(s), a link that tells the other site nothing. */
function OutsideLink({ url }: { url: string }) {
  const href = safeHref(url);
  if (!href) return <span className="mono break">{url}</span>;
  return <a href={href} className="mono break" target="_blank" rel="noopener noreferrer nofollow">{url}</a>;
}

export function ListingDetails({ listing: l }: { listing: Listing }) {
  return (
    <div className="detail-grid">
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('listing.details')}</h2>
        <FieldList fields={[
          [t('listing.field.id'), <span className="mono">{l.id}</span>],
          [t('listing.field.trader'), <Link to={paths.trader(l.trader_id)} className="mono">{l.trader_id}</Link>],
          [t('listing.field.visibility'), <VisibilityBadge value={l.visibility} />],
          [t('listing.field.price'), formatPrice(l.price, l.currency)],
          [t('listing.field.category'), categoryPath(l.category_path)],
          [t('listing.field.brand'), l.brand],
          [t('listing.field.gtin'), l.gtin && <span className="mono">{l.gtin}</span>],
          [t('listing.field.language'), l.language],
          [t('listing.field.productUrl'), l.product_url && <OutsideLink url={l.product_url} />],
          [t('listing.field.version'), t('listing.versionValue', { version: l.version, source: l.source_version })],
          [t('listing.field.listedAt'), formatDateTime(l.listed_at)],
          [t('listing.field.createdAt'), formatDateTime(l.created_at)],
          [t('listing.field.updatedAt'), formatDateTime(l.updated_at)],
        ]} />
      </section>
      <div className="detail-side">
        <section className="card" aria-labelledby="description-heading">
          <h2 id="description-heading">{t('listing.description')}</h2>
          {l.description
            ? <p className="prose" lang={l.language ?? undefined}>{l.description}</p>
            : <p className="muted">{t('listing.noDescription')}</p>}
        </section>
        <section className="card" aria-labelledby="images-heading">
          <h2 id="images-heading">{t('listing.images')}</h2>
          {l.image_urls.length === 0 ? <p className="muted">{t('listing.noImages')}</p> : (
            <>
              <p className="hint">{t('listing.imagesNote')}</p>
              <ol className="url-list">
                {l.image_urls.map((u, i) => <li key={`${i}-${u}`}><OutsideLink url={u} /></li>)}
              </ol>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
