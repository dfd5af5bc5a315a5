import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n/index.js';
import { hasNavigated } from '../router/navigation.js';

/**
 * The page's h1: names the browser tab and, after an in-app navigation (or when `focus` says so,
 * e.g. a receipt replacing its form), takes focus for screen readers.
 */
export function PageTitle({ children, title, focus = false }: { children?: ReactNode; title: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
    if (focus || hasNavigated()) ref.current?.focus();
  }, [title, focus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
}
