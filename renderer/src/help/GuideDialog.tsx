import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { Editor } from '../editor/editor';
import { useT } from '../i18n/I18nProvider';
import { closeGuide } from '../editor/help-windows';
import { HelpFrame } from './HelpFrame';

/** The first-run guide's cards: what a journey board is (DOMAIN.md), notes, the curve, a live session. */
const STEPS: readonly { id: string; title: MessageKey; body: MessageKey }[] = [
  { id: 'board', title: 'guide.board.title', body: 'guide.board.body' },
  { id: 'personas', title: 'guide.personas.title', body: 'guide.personas.body' },
  { id: 'notes', title: 'guide.notes.title', body: 'guide.notes.body' },
  { id: 'curve', title: 'guide.curve.title', body: 'guide.curve.body' },
  { id: 'session', title: 'guide.session.title', body: 'guide.session.body' },
];

/** Help ▸ Getting started, and the very first start: a few cards, Skip or Escape closes, arrows page. */
export function GuideDialog({ app }: { app: Editor }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const step = STEPS[index]!;
  const last = index === STEPS.length - 1;
  const close = () => closeGuide(app);
  return (
    <HelpFrame title={t('guide.title')} closeLabel={t('help.close')} onClose={close} className="guide">
      <section className="guide-card" data-step={step.id} aria-live="polite" onKeyDown={(e) => {
        if (e.key === 'ArrowRight' && !last) setIndex(index + 1);
        if (e.key === 'ArrowLeft' && index > 0) setIndex(index - 1);
      }}>
        <GuidePicture step={step.id} />
        <div>
          <p className="guide-count">{t('guide.step', { n: index + 1, total: STEPS.length })}</p>
          <h3>{t(step.title)}</h3>
          <p className="guide-body">{t(step.body)}</p>
        </div>
      </section>
      <ol className="guide-dots" aria-hidden="true">
        {STEPS.map((s, i) => (
          <li key={s.id} className={i === index ? 'current' : undefined} />
        ))}
      </ol>
      <p className="guide-reopen">{t('guide.reopen')}</p>
      <div className="modal-buttons">
        <button type="button" onClick={close}>
          {t('guide.skip')}
        </button>
        <span className="spacer" />
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t('guide.back')}
        </button>
        {last ? (
          <button type="button" className="primary" data-autofocus onClick={close}>
            {t('guide.done')}
          </button>
        ) : (
          <button type="button" className="primary" data-autofocus onClick={() => setIndex(index + 1)}>
            {t('guide.next')}
          </button>
        )}
      </div>
    </HelpFrame>
  );
}

/** A small drawing per card: the grid of stages and lanes, a persona, a note, the curve, two cursors. */
function GuidePicture({ step }: { step: string }) {
  return (
    <svg className="guide-picture" viewBox="0 0 160 110" aria-hidden="true">
      <rect x="1" y="1" width="158" height="108" rx="6" fill="#f8f9fb" stroke="#d0d7de" />
      {[0, 1, 2].map((i) => (
        <rect key={`s${i}`} x={8 + i * 50} y="6" width="44" height="12" rx="3" fill={step === 'board' ? '#1c6ed6' : '#c9d1d9'} />
      ))}
      {[0, 1, 2].map((i) => (
        <line key={`l${i}`} x1="6" x2="154" y1={40 + i * 24} y2={40 + i * 24} stroke="#d0d7de" />
      ))}
      {step === 'personas' && (
        <g>
          <circle cx="80" cy="52" r="14" fill="#dcc8ff" />
          <rect x="58" y="70" width="44" height="24" rx="10" fill="#dcc8ff" />
        </g>
      )}
      {(step === 'board' || step === 'notes') && <rect x="14" y="24" width="30" height="22" rx="2" fill="#fff3a3" stroke="#e0c200" />}
      {step === 'notes' && <path d="M44 35 L 78 60" stroke="#1c6ed6" strokeWidth="2" strokeDasharray="4 3" />}
      {step === 'notes' && <rect x="74" y="52" width="30" height="22" rx="2" fill="#fff3a3" stroke="#1c6ed6" strokeWidth="2" />}
      {step === 'curve' && (
        <g>
          <path d="M30 80 C 55 40, 80 40, 80 55 S 110 95, 130 45" fill="none" stroke="#d6336c" strokeWidth="3" />
          {[
            [30, 80],
            [80, 55],
            [130, 45],
          ].map(([x, y]) => (
            <circle key={x} cx={x} cy={y} r="6" fill="#fff" stroke="#d6336c" strokeDasharray="3 2" strokeWidth="2" />
          ))}
        </g>
      )}
      {step === 'session' && (
        <g>
          <path d="M40 50 l0 16 l5 -5 l6 9" fill="#1c6ed6" stroke="#fff" />
          <rect x="48" y="70" width="28" height="10" rx="3" fill="#1c6ed6" />
          <path d="M110 40 l0 16 l5 -5 l6 9" fill="#2b8a3e" stroke="#fff" />
          <rect x="118" y="60" width="28" height="10" rx="3" fill="#2b8a3e" />
        </g>
      )}
    </svg>
  );
}
