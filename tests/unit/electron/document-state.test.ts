import { describe, expect, it } from 'vitest';
import {
  CLOSE_CHOICES,
  closeAction,
  closeChoice,
  closeDecision,
  closePrompt,
  newWindowDocument,
  windowTitle,
} from '../../../electron/main/document-state';

describe('windowTitle', () => {
  it('shows the file name and the app name', () => {
    expect(windowTitle({ title: 'Onboarding', fileName: 'Onboarding.journey', dirty: false })).toBe('Onboarding.journey — Journey');
  });
  it('marks unsaved changes', () => {
    expect(windowTitle({ title: 'Onboarding', fileName: 'Onboarding.journey', dirty: true })).toBe('• Onboarding.journey — Journey');
  });
  it('prefers the file the main process saved to (known before the renderer reports it)', () => {
    expect(windowTitle({ title: 'x', fileName: 'Old.journey', dirty: false }, '/docs/New.journey')).toBe('New.journey — Journey');
  });
  it('falls back to the workspace title, then to "Untitled"', () => {
    expect(windowTitle({ title: 'Checkout flow', fileName: null, dirty: true })).toBe('• Checkout flow — Journey');
    expect(windowTitle({ title: '  ', fileName: null, dirty: false })).toBe('Untitled — Journey');
  });
});

describe('closing a window', () => {
  const clean = { ...newWindowDocument(), state: { title: 'a', fileName: null, dirty: false } };
  const dirty = { ...newWindowDocument(), state: { title: 'a', fileName: null, dirty: true } };

  it('closes a clean document at once', () => {
    expect(closeDecision(clean)).toBe('close');
  });
  it('asks about a dirty document', () => {
    expect(closeDecision(dirty)).toBe('ask');
  });
  it('does not ask twice while the prompt is showing', () => {
    expect(closeDecision({ ...dirty, promptOpen: true })).toBe('ignore');
  });
  it('closes a dirty document once closing was agreed (Don\'t Save, or saved then window:close)', () => {
    expect(closeDecision({ ...dirty, closeApproved: true })).toBe('close');
  });

  it('maps the buttons Save / Don\'t Save / Cancel to actions', () => {
    const prompt = closePrompt(dirty.state, '/x/Plan.journey');
    expect(prompt.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(prompt.buttons.map((_, i) => closeChoice(i))).toEqual([...CLOSE_CHOICES]);
    expect(closeAction(closeChoice(0))).toBe('save-then-close');
    expect(closeAction(closeChoice(1))).toBe('close');
    expect(closeAction(closeChoice(2))).toBe('keep-open');
    // Escape returns cancelId.
    expect(closeAction(closeChoice(prompt.cancelId))).toBe('keep-open');
    expect(closeAction(closeChoice(7))).toBe('keep-open');
    expect(prompt.message).toContain('Plan.journey');
  });

  it('asks in the UI language the renderer reported, same buttons in the same order', () => {
    const ru = closePrompt(dirty.state, '/x/План.journey', 'ru');
    expect(ru.buttons).toEqual(['Сохранить', 'Не сохранять', 'Отмена']);
    expect(ru.message).toBe('Сохранить изменения в «План.journey»?');
    expect(ru.detail).toBe('Если не сохранить, изменения будут потеряны.');
    expect(closePrompt({ title: '', fileName: null, dirty: true }, null, 'id').message).toBe('Simpan perubahan yang Anda buat pada “Tanpa judul”?');
  });
});
