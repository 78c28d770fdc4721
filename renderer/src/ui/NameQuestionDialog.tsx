import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Message } from '../../../shared/i18n';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { useT } from '../i18n/I18nProvider';
import { NAME_QUESTION, namePart, type OpenNameQuestion } from './name-question';
import './name-question.css';

/** Save As's name question in a browser without a save picker (ui/name-question.ts). */
export function NameQuestionDialog({ app }: { app: Editor }) {
  const question = useSlice(app, NAME_QUESTION, (s) => s.question);
  // A new question starts a new form (its own text and error).
  return question ? <NameForm key={question.id} question={question} /> : null;
}

/**
 * A labelled field pre-filled with the suggested name, its name part selected; Enter saves,
 * Escape cancels. A name the file cannot have keeps the question open with the reason under
 * the field, and what was typed stays as it was.
 */
function NameForm({ question }: { question: OpenNameQuestion }) {
  const t = useT();
  const [typed, setTyped] = useState(question.suggested);
  const [error, setError] = useState<Message | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    field.current?.focus();
    field.current?.setSelectionRange(0, namePart(question.suggested));
  }, [question]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = question.check(typed);
    if (checked.ok) question.answer(typed);
    else {
      setError(checked.error);
      field.current?.focus();
    }
  };
  // Keys stay in the question: the board's shortcuts never see them.
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      question.answer(null);
    }
  };

  return (
    // A press on the backdrop keeps the focus in the question.
    <div className="modal-backdrop" onKeyDown={onKeyDown} onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <form className="modal name-question" role="dialog" aria-modal="true" aria-labelledby="name-question-title" onSubmit={submit} noValidate>
        <h2 id="name-question-title">{t('websave.title')}</h2>
        <label htmlFor="name-question-field">{t('websave.label')}</label>
        <input
          id="name-question-field"
          ref={field}
          value={typed}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error !== null}
          aria-describedby={error ? 'name-question-error' : 'name-question-hint'}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            setError(null);
          }}
        />
        {error ? (
          <p id="name-question-error" className="name-question-error" role="alert">
            {t.text(error)}
          </p>
        ) : (
          <p id="name-question-hint" className="name-question-hint">
            {t('websave.hint')}
          </p>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={() => question.answer(null)}>
            {t('websave.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('websave.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
