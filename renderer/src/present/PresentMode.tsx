/**
 * Presentation mode at the app level: while presenting, its keys run before anything else on the
 * page (the board is read-only: other keys do nothing), leaving the browser's full screen leaves
 * presentation, the chrome is hidden (the `presenting` class on <html>, present.css) and a small
 * caption says where we are. For everyone else in the session: "Ana is presenting — Follow".
 */
import { useEffect, useState } from 'react';
import type { Shortcut } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { useSlice, useViewValue } from '../editor/hooks';
import { useCollabValue } from '../collab/hooks';
import { useT } from '../i18n/I18nProvider';
import { follow, PRESENT, stopFollowing, stopPresenting, syncFollow } from './state';
import { TimerChip } from '../facilitation/TimerChip';
import './present.css';

const STOPS_FOLLOWING = 'Escape';
/** The actions (renderer/src/actions/present.ts) whose keys run first while presenting. */
const PRESENTING_KEYS = ['presentNext', 'presentPrev', 'presentOverview', 'presentStop'];

/** Presentation's keys carry no modifier: the key itself, Shift only where it is part of it. */
const pressed = (s: Shortcut, e: KeyboardEvent) => !s.mod && !s.alt && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === s.key.toLowerCase() && (s.key.length === 1 || !!s.shift === e.shiftKey);
/** The caption says where we are for this long after each step, then fades out of the slide's way. */
const CAPTION_MS = 4000;

function usePresentKeys(app: Editor, mode: string): void {
  useEffect(() => {
    if (mode === 'off') return;
    const onKey = (event: KeyboardEvent) => {
      if (mode === 'following') {
        if (event.key === STOPS_FOLLOWING) stopFollowing(app);
        return;
      }
      const action = app.actions.all().find((a) => PRESENTING_KEYS.includes(a.id) && a.enabled(app) && a.shortcuts.some((s) => pressed(s, event)));
      // Keys of the browser itself (F11, F12, Ctrl+Plus) stay the browser's; F5 must not reload.
      if (action || event.key === 'F5') event.preventDefault();
      if (action) void action.run(app);
      if (action || !/^F\d+$/.test(event.key)) event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [app, mode]);
}

export function PresentMode({ app }: { app: Editor }) {
  const state = useSlice(app, PRESENT);
  const participants = useCollabValue(app, (s) => s.participants);
  const t = useT();
  usePresentKeys(app, state.mode);

  useEffect(() => {
    document.documentElement.classList.toggle('presenting', state.mode === 'presenting');
  }, [state.mode]);

  // The browser's own Esc (or F11) leaves full screen: leave presentation with it.
  useEffect(() => {
    if (state.mode !== 'presenting') return;
    let wasFull = !!document.fullscreenElement;
    const onChange = () => {
      const full = !!document.fullscreenElement;
      if (wasFull && !full) stopPresenting(app);
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [app, state.mode]);

  // A follower keeps up with the presenter; follow ends when they stop or leave.
  useEffect(() => syncFollow(app), [app, participants]);

  const stageTitle = useViewValue(app, (view) => (state.stageId ? view.stages[state.stageId] : undefined));
  const stageCount = useViewValue(app, (view) => (state.boardId ? Object.values(view.stages).filter((s) => s.boardId === state.boardId).length : 0));
  const stageIndex = useViewValue(app, (view) => {
    if (!state.boardId || !state.stageId) return -1;
    const stages = Object.values(view.stages).filter((s) => s.boardId === state.boardId).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    return stages.findIndex((s) => s.id === state.stageId);
  });

  const [captionShown, setCaptionShown] = useState(true);
  useEffect(() => {
    setCaptionShown(true);
    const timer = setTimeout(() => setCaptionShown(false), CAPTION_MS);
    return () => clearTimeout(timer);
  }, [state.mode, state.stageId]);

  const presenters = participants.filter((p) => p.presenting && p.clientId !== state.presenterId);
  const followed = state.mode === 'following' ? participants.find((p) => p.clientId === state.presenterId) : undefined;

  return (
    <>
      {state.mode === 'presenting' && (
        <div className={captionShown ? 'present-caption' : 'present-caption faded'} data-testid="present-caption" aria-live="polite">
          <span>{stageTitle ? t('present.position', { n: stageIndex + 1, m: stageCount, title: stageTitle.title }) : t('present.whole')}</span>
          <span className="present-hint">{t('present.hint')}</span>
        </div>
      )}
      {/* The facilitator's shared timer stays on screen while presenting (it does not fade). */}
      {state.mode === 'presenting' && (
        <div className="present-timer">
          <TimerChip app={app} large />
        </div>
      )}
      {state.mode !== 'presenting' && (presenters.length > 0 || followed) && (
        <div className="present-banner" role="status" data-testid="present-banner">
          {followed && (
            <span className="present-banner-row">
              {t('present.following', { name: followed.name })}
              <button type="button" onClick={() => stopFollowing(app)}>
                {t('present.stopFollowing')}
              </button>
            </span>
          )}
          {presenters.map((p) => (
            <span key={p.clientId} className="present-banner-row">
              <span className="present-dot" style={{ background: p.colour }} />
              {t('present.isPresenting', { name: p.name })}
              <button type="button" onClick={() => follow(app, p.clientId)}>
                {t('present.follow')}
              </button>
            </span>
          ))}
        </div>
      )}
    </>
  );
}
