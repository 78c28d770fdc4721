import { useEffect, useState } from 'react';
import { CURRENT_FORMAT_VERSION } from '../../../shared/file/format';
import type { AppInfo } from '../../../shared/host-api';
import type { Editor } from '../editor/editor';
import { useT } from '../i18n/I18nProvider';
import { openHelp } from '../editor/help-windows';
import { HelpFrame } from './HelpFrame';

/** Help ▸ About: version, file format version, and where autosaves, backups and logs live (asked of the host), with Copy. */
export function AboutDialog({ app }: { app: Editor }) {
  const t = useT();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    void app.host.app.info().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, [app]);
  const rows: [string, string][] = [
    [t('about.version'), info?.version ?? app.appVersion],
    [t('about.format'), String(CURRENT_FORMAT_VERSION)],
    [t('about.host'), `${t(app.hostKind === 'electron' ? 'about.host.electron' : 'about.host.web')} (${info?.platform ?? ''})`],
    [t('about.recovery'), info?.locations?.recovery ?? t('about.browserStorage')],
    ...(info?.locations ? ([[t('about.backups'), info.locations.backups]] as [string, string][]) : []),
    [t('about.logs'), info?.locations?.logs ?? t('about.browserLogs')],
  ];
  const text = ['Journey', ...rows.map(([k, v]) => `${k}: ${v}`)].join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <HelpFrame title={t('about.title')} closeLabel={t('help.close')} onClose={() => openHelp(app, null)} className="about">
      <dl className="about-rows">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="about-status" role="status">
        {copied === 'yes' ? t('about.copied') : copied === 'failed' ? t('about.copyFailed') : ''}
      </p>
      <div className="modal-buttons">
        <button type="button" onClick={() => void copy()}>
          {t('about.copy')}
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => openHelp(app, null)}>
          {t('help.close')}
        </button>
      </div>
    </HelpFrame>
  );
}
