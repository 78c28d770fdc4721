/**
 * The live-session UI: a status chip (bottom right) that opens the session dialog (host, join,
 * Yjs server, settings), the participant list with follow and "bring everyone to me", and the
 * "connecting…" cover a guest sees until the room's workspace has arrived.
 */
import './collab.css';
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { formatCode, parseCode, parseJoinLink, parseSignalingList, signalingUrlFromAddress } from '../../../shared/collab/codes';
import type { Editor } from '../editor/editor';
import { message, verbatim, type Message } from '../../../shared/i18n';
import { useT } from '../i18n/I18nProvider';
import { useCollab } from './hooks';
import { collabFor } from './manager';
import { hostOnThisComputer, stopHostingOnThisComputer } from './host-room';
import { PRESENCE_COLOURS, parseIceServers, saveSettings, type CollabSettings } from './settings';
import { joinText } from './join-progress';
import { YjsPane, type PaneProps } from './YjsPane';
import { parseServerJoinLink } from '../../../shared/collab/server-links';

type Tab = 'host' | 'join' | 'yjs' | 'settings';

export function CollabPanel({ app }: { app: Editor }) {
  const state = useCollab(app);
  const t = useT();
  const [open, setOpen] = useState(false);
  const inRoom = state.phase !== 'idle';
  const count = state.participants.length + 1;

  const chip =
    state.phase === 'idle'
      ? t('collab.button')
      : state.phase === 'offline'
        ? t('collab.offline')
        : state.phase === 'failed'
          ? t('collab.title')
          : state.phase === 'connecting'
            ? state.role === 'guest' && !state.synced
              ? t('collab.connecting')
              : t('collab.waiting')
            : state.role === 'host' && state.participants.length === 0
              ? t('collab.hostingAlone')
              : t(state.role === 'host' ? 'collab.hosting' : 'collab.connected', { count });

  return (
    <>
      <div className="collab-dock" data-testid="collab-dock">
        {inRoom && (state.participants.length > 0 || state.undecryptable > 0) && <Participants app={app} />}
        <div className="collab-chip-row">
          {state.phase === 'offline' && (
            <button type="button" className="collab-chip" onClick={() => void app.actions.get('session.reconnect').run(app)}>
              {t('collab.reconnect')}
            </button>
          )}
          <button type="button" className={`collab-chip collab-${state.phase}`} data-testid="collab-chip" data-phase={state.phase} onClick={() => setOpen(true)}>
            {inRoom && <span className="collab-dot" style={{ background: state.user.colour }} aria-hidden="true" />}
            {chip}
          </button>
        </div>
      </div>
      {state.role === 'guest' && !state.synced && state.phase !== 'idle' && (
        <div className="collab-cover" role="status" data-testid="collab-cover">
          <div className="collab-cover-box">
            {state.phase === 'failed' ? (
              <p className="collab-error">{state.message && t.text(state.message)}</p>
            ) : (
              <p className={state.join?.failure && !state.join.arriving ? 'collab-error' : undefined} data-testid="collab-join-progress">
                {joinText(t, state.join, state.peers > 0 || (state.transport === 'yjs-server' && state.serverConnected))}
              </p>
            )}
            <button type="button" onClick={() => void app.actions.get('session.leave').run(app)}>
              {t('collab.leave')}
            </button>
          </div>
        </div>
      )}
      {open && <SessionDialog app={app} onClose={() => setOpen(false)} />}
    </>
  );
}

function Participants({ app }: { app: Editor }) {
  const collab = collabFor(app);
  const state = useCollab(app);
  const t = useT();
  const followed = state.participants.find((p) => p.clientId === state.following);
  return (
    <section className="collab-people" aria-label={t('collab.participants')} data-testid="collab-people">
      <h2>{t('collab.participants')}</h2>
      <ul>
        <li>
          <span className="collab-dot" style={{ background: state.user.colour }} />
          {t('collab.you', { name: state.user.name })}
        </li>
        {state.participants.map((p) => (
          <li key={p.clientId} data-testid="collab-participant">
            <span className="collab-dot" style={{ background: p.colour }} />
            <span className="collab-person">{p.name}</span>
            {p.editing && <span className="collab-muted"> · {t('collab.editing')}</span>}
            <button type="button" className="collab-small" onClick={() => collab.follow(state.following === p.clientId ? null : p.clientId)}>
              {state.following === p.clientId ? t('collab.unfollow') : t('collab.follow')}
            </button>
          </li>
        ))}
      </ul>
      {followed && <p className="collab-muted">{t('collab.following', { name: followed.name })}</p>}
      {state.undecryptable > 0 && <p className="collab-muted" data-testid="collab-stranger">{t('collab.stranger')}</p>}
      <button type="button" className="collab-small" onClick={() => void app.actions.get('session.bringEveryone').run(app)}>
        {t('collab.bring')}
      </button>
    </section>
  );
}

function Copyable({ label, value, testId, copyLabel, copiedLabel }: { label: string; value: string; testId: string; copyLabel: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <label className="collab-field">
      <span>{label}</span>
      <span className="collab-row">
        <input readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => undefined);
          }}
        >
          {copied ? copiedLabel : copyLabel}
        </button>
      </span>
    </label>
  );
}

function QrImage({ text, alt }: { text: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return src ? <img className="collab-qr" src={src} alt={alt} width={180} height={180} data-testid="collab-qr" /> : null;
}

function SessionDialog({ app, onClose }: { app: Editor; onClose: () => void }) {
  const collab = collabFor(app);
  const state = useCollab(app);
  const t = useT();
  const [tab, setTab] = useState<Tab>(state.role === 'guest' ? 'join' : 'host');
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const settings = collab.getSettings();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(verbatim(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="collab-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="collab-dialog" role="dialog" aria-modal="true" aria-label={t('collab.title')} data-testid="collab-dialog">
        <header>
          <h2>{t('collab.title')}</h2>
          <button type="button" onClick={onClose} aria-label={t('collab.close')}>
            ×
          </button>
        </header>
        <nav className="collab-tabs" role="tablist">
          {(['host', 'join', 'yjs', 'settings'] as const).map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
              {t(id === 'host' ? 'collab.host' : id === 'join' ? 'collab.join' : id === 'yjs' ? 'collab.yjs' : 'collab.settings')}
            </button>
          ))}
        </nav>
        {state.message && <p className="collab-error">{t.text(state.message)}</p>}
        {error && <p className="collab-error">{t.text(error)}</p>}

        {tab === 'host' && (
          <div className="collab-pane">
            {state.role === 'host' && state.transport === 'webrtc' && state.room ? (
              <>
                {state.joinUrl && <Copyable label={t('collab.joinLink')} value={state.joinUrl} testId="collab-join-url" copyLabel={t('collab.copy')} copiedLabel={t('collab.copied')} />}
                {state.appLink && <Copyable label={t('collab.appLink')} value={state.appLink} testId="collab-app-link" copyLabel={t('collab.copy')} copiedLabel={t('collab.copied')} />}
                {state.code && <Copyable label={t('collab.code')} value={state.code} testId="collab-code" copyLabel={t('collab.copy')} copiedLabel={t('collab.copied')} />}
                {state.signaling[0] && <Copyable label={t('collab.address')} value={state.signaling[0]} testId="collab-address" copyLabel={t('collab.copy')} copiedLabel={t('collab.copied')} />}
                {state.joinUrl && <QrImage text={state.joinUrl} alt={t('collab.qr')} />}
              </>
            ) : (
              <>
                <p className="collab-muted">{t('collab.hostHereHelp')}</p>
                <button type="button" className="collab-primary" disabled={busy || app.hostKind !== 'electron'} onClick={() => void run(async () => {
                  const result = await hostOnThisComputer(app);
                  if (!result.ok) setError(message('collab.hostFailed', { message: result.message }));
                })}>
                  {t('collab.hostHere')}
                </button>
                {app.hostKind !== 'electron' && <p className="collab-muted">{t('collab.hostNeedsServer')}</p>}
                <button type="button" disabled={busy || settings.signaling.length === 0} onClick={() => void run(() => collab.host({ signaling: [] }))}>
                  {t('collab.hostSignaling')}
                </button>
              </>
            )}
            {state.phase !== 'idle' && (
              <button type="button" className="collab-danger" onClick={() => void run(async () => {
                await collab.leave();
                await stopHostingOnThisComputer(app);
              })}>
                {t('collab.leave')}
              </button>
            )}
          </div>
        )}

        {tab === 'join' && <JoinPane app={app} busy={busy} run={run} setError={setError} onJoined={onClose} />}
        {tab === 'yjs' && <YjsPane app={app} busy={busy} run={run} onDone={onClose} />}
        {tab === 'settings' && <SettingsPane app={app} />}
      </div>
    </div>
  );
}

function JoinPane({ app, busy, run, setError, onJoined }: PaneProps & { setError: (m: Message | null) => void; onJoined: () => void }) {
  const collab = collabFor(app);
  const state = useCollab(app);
  const t = useT();
  // People who join by code must be able to say who they are (else the others see "Guest").
  const [name, setName] = useState(state.user.name);
  const [link, setLink] = useState('');
  const [code, setCode] = useState('');
  const [address, setAddress] = useState('');
  const join = () => {
    const typed = name.trim();
    if (typed && typed !== state.user.name) collab.setUser({ ...state.user, name: typed });
    if (link.trim()) {
      // A room-server link (server=, room=, token=) opens that room through the server.
      const server = /[?&]server=/.test(link) ? parseServerJoinLink(link) : null;
      if (server) return void run(async () => (await collab.joinServer(server)) && onJoined());
      if (/[?&]server=/.test(link)) return setError(message('rooms.badLink'));
      const params = parseJoinLink(link);
      if (!params) return setError(message('collab.badLink'));
      return void run(async () => (await collab.join(params)) && onJoined());
    }
    const secret = parseCode(code);
    const signaling = signalingUrlFromAddress(address);
    if (!secret || !signaling) return setError(message('collab.badCode'));
    void run(async () => (await collab.join({ ...secret, signaling: [signaling] })) && onJoined());
  };
  return (
    <form className="collab-pane" onSubmit={(e) => (e.preventDefault(), join())}>
      <label className="collab-field">
        <span>{t('collab.name')}</span>
        <input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} autoComplete="nickname" data-testid="collab-join-name-input" />
      </label>
      <label className="collab-field">
        <span>{t('collab.pasteLink')}</span>
        <input value={link} onChange={(e) => setLink(e.target.value)} placeholder="http://192.168.1.20:5180/?room=…" data-testid="collab-link-input" />
      </label>
      <p className="collab-muted">{t('collab.or')}</p>
      <label className="collab-field">
        <span>{t('collab.code')}</span>
        <input value={code} onChange={(e) => setCode(e.target.value)} placeholder={formatCode({ room: 'XXXXXXXXXX', password: 'XXXXXXXXXX' })} data-testid="collab-code-input" />
      </label>
      <label className="collab-field">
        <span>{t('collab.address')}</span>
        <input value={address} onChange={(e) => setAddress(e.target.value)} placeholder={t('collab.addressHelp')} data-testid="collab-address-input" />
      </label>
      <button type="submit" className="collab-primary" disabled={busy}>
        {t('collab.joinButton')}
      </button>
    </form>
  );
}

function SettingsPane({ app }: { app: Editor }) {
  const collab = collabFor(app);
  const state = useCollab(app);
  const t = useT();
  const current = collab.getSettings();
  const [name, setName] = useState(state.user.name);
  const [colour, setColour] = useState(state.user.colour);
  const [signaling, setSignaling] = useState(current.signaling.join('\n'));
  const [ice, setIce] = useState(current.iceServers.map((s) => [s.urls, s.username, s.credential].filter(Boolean).join(' ')).join('\n'));
  const [saved, setSaved] = useState(false);
  const save = () => {
    collab.setUser({ name, colour });
    const iceServers = parseIceServers(
      ice
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([urls, username, credential]) => ({ urls, username, credential })),
    );
    const next: CollabSettings = { ...current, signaling: parseSignalingList(signaling.split(/\s*\n\s*/).join(',')), iceServers };
    collab.setSettings(next);
    saveSettings(app.preferences, next);
    setSaved(true);
  };
  return (
    <form className="collab-pane" onSubmit={(e) => (e.preventDefault(), save())}>
      <label className="collab-field">
        <span>{t('collab.name')}</span>
        <input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} data-testid="collab-name-input" />
      </label>
      <fieldset className="collab-colours">
        <legend>{t('collab.colour')}</legend>
        {PRESENCE_COLOURS.map((c) => (
          <button key={c} type="button" aria-label={c} aria-pressed={c === colour} style={{ background: c }} onClick={() => setColour(c)} />
        ))}
      </fieldset>
      <label className="collab-field">
        <span>{t('collab.signalingUrls')}</span>
        <textarea rows={2} value={signaling} onChange={(e) => setSignaling(e.target.value)} placeholder="wss://signal.example.org" />
      </label>
      <label className="collab-field">
        <span>{t('collab.iceServers')}</span>
        <textarea rows={2} value={ice} onChange={(e) => setIce(e.target.value)} placeholder="stun:stun.example.org:3478" />
      </label>
      <button type="submit" className="collab-primary">
        {t('collab.save')}
      </button>
      {saved && <p className="collab-muted">{t('collab.saved')}</p>}
    </form>
  );
}
