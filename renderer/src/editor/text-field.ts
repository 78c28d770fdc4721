import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { toWellFormed } from '../../../shared/model/text';
import { anchorSelection, readTextField, resolveSelection, writeTextField, type TextAnchor, type TextFieldRef } from '../../../shared/doc/text-fields';
import type { Editor } from './editor';
import { useEditStep } from './use-step';

/**
 * The one hook for text typed in place: notes, persona fields, titles, goals, feelings.
 *
 * - `live` fields (Y.Text in the doc: notes, persona fields) write every keystroke as a minimal
 *   diff, so peers see typing and two people typing in one field both keep their characters.
 *   The caret is kept as Yjs relative positions: when a peer types before it, it stays after
 *   our own last character instead of sliding. Focus opens one undo step; blur, Enter or
 *   Escape closes it, so a whole edit undoes as one.
 * - `commit` fields (plain strings: board, stage and lane titles, goals, feelings) keep the
 *   text in the input until Enter or leaving the field, and write it once; Escape keeps the
 *   old text.
 * Either way, what is typed or pasted is made well-formed (no lone surrogates) before it is stored.
 */

type Field = HTMLInputElement | HTMLTextAreaElement;

interface Common {
  /** Multiline fields end on Ctrl/⌘+Enter; single-line ones on Enter. */
  readonly multiline?: boolean;
  /** Called once the edit has ended (after its undo step closed). */
  readonly onEnd?: () => void;
}

export interface LiveTextOptions extends Common {
  readonly mode: 'live';
  readonly editor: Editor;
  readonly field: TextFieldRef;
  /** What the view shows for the field now (peers' and undo's changes arrive through it). */
  readonly value: string;
  /** Write the typed text (default: `writeTextField`, a minimal diff in one local transaction). */
  readonly write?: (text: string) => void;
}

export interface CommitTextOptions extends Common {
  readonly mode: 'commit';
  /** The text when editing started; committing the same text writes nothing. */
  readonly initial: string;
  readonly onCommit: (text: string) => void;
}

export interface TextFieldBindings<E extends Field> {
  readonly ref: RefObject<E | null>;
  readonly defaultValue: string;
  onChange(event: { currentTarget: Field }): void;
  onSelect(): void;
  onFocus(event: { currentTarget: Field }): void;
  onBlur(event: { currentTarget: Field }): void;
  onKeyDown(event: KeyboardEvent<Field>): void;
}

/** Ends the edit: Escape, Enter (single line) or Ctrl/⌘+Enter (multiline). */
function endsEdit(event: KeyboardEvent<Field>, multiline: boolean): boolean {
  return event.key === 'Escape' || (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey));
}

export function useTextField<E extends Field>(options: LiveTextOptions | CommitTextOptions): TextFieldBindings<E> {
  const ref = useRef<E>(null);
  const latest = useRef(options);
  latest.current = options;
  const anchor = useRef<TextAnchor | null>(null);
  const ended = useRef(false);

  const live = options.mode === 'live' ? options : null;
  const value = live ? live.value : (options as CommitTextOptions).initial;

  /** Anchor the caret to characters, when the field shows exactly what the doc holds. */
  const rememberCaret = () => {
    const o = latest.current;
    const element = ref.current;
    if (o.mode !== 'live' || !element) return;
    const doc = o.editor.doc;
    if (element.value !== readTextField(doc, o.field)) return;
    anchor.current = anchorSelection(doc, o.field, element.selectionStart ?? 0, element.selectionEnd ?? 0);
  };


  // A peer's change (or undo) while the field is shown: take the text, keep the caret where it was.
  useLayoutEffect(() => {
    const o = latest.current;
    const element = ref.current;
    if (o.mode !== 'live' || !element || element.value === o.value) return;
    let start = element.selectionStart ?? 0;
    let end = element.selectionEnd ?? 0;
    const saved = anchor.current && resolveSelection(o.editor.doc, anchor.current);
    if (saved) [start, end] = [saved.start, saved.end];
    element.value = o.value;
    if (document.activeElement === element) element.setSelectionRange(start, end);
    rememberCaret();
  }, [value]);

  // One undo step from focus to blur; a field removed while typing still closes it.
  const step = useEditStep(options.mode === 'live' ? options.editor : null);

  const finish = (element: Field, keep: boolean) => {
    const o = latest.current;
    if (o.mode === 'live') {
      step.end();
      o.onEnd?.();
      return;
    }
    if (ended.current) return;
    ended.current = true;
    const text = toWellFormed(element.value).trim();
    if (keep && text !== o.initial.trim()) o.onCommit(text);
    o.onEnd?.();
  };

  return {
    ref,
    defaultValue: value,
    onChange: (event) => {
      const o = latest.current;
      if (o.mode !== 'live') return;
      const text = toWellFormed(event.currentTarget.value);
      const write = o.write ?? ((t: string) => void writeTextField(o.editor.doc, o.field, t));
      // Typing without focus (autofill) is a step of its own.
      step.edit(() => write(text));
      rememberCaret();
    },
    onSelect: rememberCaret,
    onFocus: (event) => {
      const o = latest.current;
      if (o.mode === 'live') {
        step.begin();
        rememberCaret();
      } else event.currentTarget.select();
    },
    onBlur: (event) => finish(event.currentTarget, true),
    onKeyDown: (event) => {
      // Keys stay inside the field, so board shortcuts never fire while typing.
      event.stopPropagation();
      if (!endsEdit(event, !!latest.current.multiline)) return;
      event.preventDefault();
      finish(event.currentTarget, event.key !== 'Escape');
    },
  };
}
