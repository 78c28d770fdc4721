/**
 * Share ▸ Yjs server: a Journey room server (Hocuspocus, with a room token) or a y-websocket
 * server; put the open workspace in the room or open the room's workspace.
 */
import { useState } from 'react';
import { normaliseSignalingUrl } from '../../../shared/collab/codes';
import { validRoomToken, validServerRoom } from '../../../shared/collab/server-links';
import { message, type Message } from '../../../shared/i18n';
import { useT } from '../i18n/I18nProvider';
import { collabFor, type YjsProtocol } from './manager';
import { saveSettings } from './settings';
import { useCollab } from './hooks';
import type { Editor } from '../editor/editor';

export interface PaneProps {
  app: Editor;
  busy: boolean;
  run: (work: () => Promise<unknown>) => Promise<void>;
}

export function YjsPane({ app, busy, run, onDone }: PaneProps & { onDone: () => void }) {
  const collab = collabFor(app);
  const state = useCollab(app);
  const t = useT();
  const [url, setUrl] = useState(collab.getSettings().yjsServer);
  const [protocol, setProtocol] = useState<YjsProtocol>(collab.getSettings().yjsProtocol);
  const [room, setRoom] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const go = (share: boolean) => {
    const clean = normaliseSignalingUrl(url);
    const name = room.trim();
    const key = token.trim();
    if (!clean || !name) return setError(message('collab.yjsUrl'));
    if (protocol === 'hocuspocus' && !validServerRoom(name)) return setError(message('rooms.badLink'));
    if (protocol === 'hocuspocus' && !validRoomToken(key)) return setError(message('rooms.noToken'));
    setError(null);
    collab.setSettings({ ...collab.getSettings(), yjsServer: clean, yjsProtocol: protocol });
    saveSettings(app.preferences, collab.getSettings());
    void run(async () => (await collab.connectYjsServer(clean, name, share, { protocol, token: protocol === 'hocuspocus' ? key : null })) && onDone());
  };
  return (
    <div className="collab-pane">
      {state.yjsProtocol === 'hocuspocus' && state.joinUrl && (
        <label className="collab-field">
          <span>{t('rooms.link')}</span>
          <input readOnly value={state.joinUrl} onFocus={(e) => e.currentTarget.select()} data-testid="collab-room-link" />
        </label>
      )}
      <p className="collab-muted">{t('collab.yjsHelp')}</p>
      <label className="collab-field">
        <span>{t('rooms.protocol')}</span>
        <select value={protocol} onChange={(e) => setProtocol(e.target.value === 'y-websocket' ? 'y-websocket' : 'hocuspocus')} data-testid="collab-yjs-protocol">
          <option value="hocuspocus">{t('rooms.protocolHocuspocus')}</option>
          <option value="y-websocket">{t('rooms.protocolYws')}</option>
        </select>
      </label>
      <label className="collab-field">
        <span>{t('collab.yjsUrl')}</span>
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="wss://rooms.example.org" data-testid="collab-yjs-url" />
      </label>
      <label className="collab-field">
        <span>{t('collab.yjsRoom')}</span>
        <input value={room} onChange={(e) => setRoom(e.target.value)} data-testid="collab-yjs-room" />
      </label>
      {protocol === 'hocuspocus' && (
        <label className="collab-field">
          <span>{t('rooms.token')}</span>
          <input value={token} onChange={(e) => setToken(e.target.value)} spellCheck={false} autoComplete="off" data-testid="collab-yjs-token" />
          <small className="collab-muted">{t('rooms.tokenHelp')}</small>
        </label>
      )}
      {error && <p className="collab-error">{t.text(error)}</p>}
      <span className="collab-row">
        <button type="button" className="collab-primary" disabled={busy} onClick={() => go(true)}>
          {t('collab.yjsShare')}
        </button>
        <button type="button" disabled={busy} onClick={() => go(false)}>
          {t('collab.yjsOpen')}
        </button>
      </span>
    </div>
  );
}
