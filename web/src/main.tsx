import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { locale } from './i18n/index.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

document.documentElement.lang = locale;
const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
