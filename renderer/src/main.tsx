import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { newWorkspace, sampleWorkspace } from '../../shared/model';
import { installDebugHook } from './debug';
import { resolveHost } from './host';
import { detectLocale } from './i18n/strings';
import { App } from './ui/App';
import { parseStartOptions } from './url-params';
import { AppController } from './workspace/controller';

declare const __APP_VERSION__: string;

async function start(): Promise<void> {
  const options = parseStartOptions(location.search);
  const locale = options.lang ?? AppController.storedUiLocale() ?? detectLocale(navigator.languages);
  // Konva measures text when it draws: the bundled font must be ready first, in both scripts.
  await Promise.all([document.fonts.load('400 16px "Noto Sans"', 'Aa Жж'), document.fonts.load('700 16px "Noto Sans"', 'Aa Жж')]).catch(
    () => undefined,
  );
  const { host, kind } = resolveHost();
  const now = new Date().toISOString();
  const initial = options.sample ? sampleWorkspace(locale, now) : newWorkspace(locale, now);
  const app = new AppController(host, kind, __APP_VERSION__, initial, locale);
  if (options.debug) installDebugHook(app);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App app={app} />
    </StrictMode>,
  );
  await app.openPending();
  // Load to interactive, for the cold-start benchmark (after the first board paint).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  document.documentElement.dataset.readyAt = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
}

void start();
