import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A help window's frame: modal, Escape closes, Tab stays inside, focus comes back to where it
 * was on close. Keys pressed inside never reach the board's shortcuts.
 */
export function HelpFrame({ title, closeLabel, onClose, children, className }: { title: string; closeLabel: string; onClose: () => void; children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>('button');
    first?.focus({ preventScroll: true });
    return () => before?.focus();
  }, []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && box.current) {
      const focusable = [...box.current.querySelectorAll<HTMLElement>('button, [href], input, textarea, select, [tabindex]:not([tabindex="-1"])')].filter((e) => !e.hasAttribute('disabled'));
      const [first, last] = [focusable[0], focusable.at(-1)];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <div className="modal-backdrop help-backdrop" onKeyDown={onKeyDown} onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className={`modal help-window ${className ?? ''}`} role="dialog" aria-modal="true" aria-label={title}>
        <div className="help-title-row">
          <h2>{title}</h2>
          <button type="button" className="help-x" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
