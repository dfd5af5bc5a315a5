import type { Listing } from '../../api/types.js';
import { VisibilityBadge } from '../../components/badges.js';
import { t } from '../../i18n/index.js';
import { formatDateTime, formatPrice } from '../../lib/format.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';

const dash = () => <span className="muted">{t('common.none')}</span>;

export function ListingTable({ items, caption, showTrader = true }: { items: Listing[]; caption: string; showTrader?: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('listing.field.title')}</th>
            {showTrader && <th scope="col">{t('listing.field.trader')}</th>}
            <th scope="col">{t('listing.field.brand')}</th>
            <th scope="col" className="num">{t('listing.field.price')}</th>
            <th scope="col">{t('listing.field.language')}</th>
            <th scope="col">{t('listing.field.visibility')}</th>
            <th scope="col">{t('listing.field.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((l) => (
            <tr key={l.id}>
              <th scope="row" className="cell-main">
                <Link to={paths.listing(l.id)}>{l.title}</Link>
                <span className="mono muted">{l.id}</span>
              </th>
              {showTrader && <td><Link to={paths.trader(l.trader_id)} className="mono">{l.trader_id}</Link></td>}
              <td>{l.brand ?? dash()}</td>
              <td className="num">{formatPrice(l.price, l.currency) ?? dash()}</td>
              <td>{l.language ? <span lang={l.language}>{l.language}</span> : dash()}</td>
              <td><VisibilityBadge value={l.visibility} /></td>
              <td className="nowrap">{formatDateTime(l.updated_at) ?? dash()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
