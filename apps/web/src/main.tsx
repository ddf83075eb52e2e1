import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { resumeSession } from './auth/session';
import { setupI18n } from './i18n';
import './ui/styles.css';
import { loadThaiFont } from './ui/thai-font';

loadThaiFont();

// The timetable embedded on an organiser's site has its own small root: no site chrome, and no session (it shows public data only).
const embedded = /^\/events\/[^/]+\/embed\/?$/.test(window.location.pathname);

void Promise.all([setupI18n(), embedded ? import('./public/embed-app').then((m) => m.EmbedApp) : resumeSession().then(() => App)]).then(([, Root]) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
);
