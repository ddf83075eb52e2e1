import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { resumeSession } from './auth/session';
import { setupI18n } from './i18n';
import './ui/styles.css';
import { loadThaiFont } from './ui/thai-font';
import { registerDeskWorker } from './organiser/desk/desk-shell';

loadThaiFont();
registerDeskWorker();

void Promise.all([setupI18n(), resumeSession()]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
