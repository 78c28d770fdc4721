/**
 * The in-app name question of Save As where the browser has no save picker (host/web-save.ts):
 * one question at a time in its own slice, answered by ui/NameQuestionDialog. While it is open
 * the app's shortcuts stay off (App), as for `editor.ask`.
 */
import type { Editor } from '../editor/editor';
import { defineSlice } from '../editor/store';
import type { NameQuestion } from '../host/web-save';

export interface OpenNameQuestion extends NameQuestion {
  /** Tells one question from the next (the form starts afresh). */
  readonly id: number;
  /** The typed answer (it passed `check`), or null: cancelled. */
  readonly answer: (typed: string | null) => void;
}
export interface NameQuestionState {
  readonly question: OpenNameQuestion | null;
}
export const NAME_QUESTION = defineSlice<NameQuestionState>('nameQuestion', () => ({ question: null }));

let asked = 0;

/** Shows the name question; resolves with the typed answer, or null when cancelled. A question still open is cancelled first. */
export async function askName(editor: Editor, question: NameQuestion): Promise<string | null> {
  editor.get(NAME_QUESTION).question?.answer(null);
  let open: OpenNameQuestion | null = null;
  const typed = await new Promise<string | null>((answer) => {
    open = { ...question, id: ++asked, answer };
    editor.update(NAME_QUESTION, { question: open });
  });
  if (editor.get(NAME_QUESTION).question === open) editor.update(NAME_QUESTION, { question: null });
  return typed;
}

/** The part of a suggested name before its extension (what the field selects at first). */
export function namePart(name: string): number {
  const dot = name.toLowerCase().lastIndexOf('.journey');
  return dot > 0 && dot === name.length - '.journey'.length ? dot : name.length;
}
