import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n/index.js';
import { hasNavigated } from '../router/navigation.js';

/** The page's h1: names the browser tab and, after an in-app navigation, takes focus for screen readers. */
export function PageTitle({ children, title }: { children?: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
    if (hasNavigated()) ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
}
