import { memo } from 'react';
import { updatePersona } from '../../../shared/doc';
import type { Persona } from '../../../shared/model';
import { initialsOf } from '../../../shared/persona/photo-size';
import type { Editor } from '../editor/editor';
import { useTextField } from '../editor/text-field';
import { useEditStep } from '../editor/use-step';
import { useSlice } from '../editor/hooks';
import { LOCALE } from '../editor/slices';
import { choosePhoto, removePhoto } from './operations';

type TextKey = 'name' | 'role' | 'age' | 'quote' | 'demographics' | 'goals' | 'needs' | 'frustrations' | 'behaviours' | 'motivations';

/** The long-text sections of a card, in the order the articles list them. */
export const PERSONA_SECTIONS = ['demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations'] as const;

/**
 * A text field edited in place, like the note editor (one hook for both, editor/text-field.ts):
 * every keystroke goes to the doc (the field is a Y.Text, so two people typing in one field
 * merge by character and peers see it live); leaving the field ends the edit as one undo
 * step. A peer's change (or undo) updates the field without moving the caret off our text.
 */
function EditableText(props: {
  app: Editor;
  persona: Persona;
  field: TextKey;
  label: string;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  maxLength: number;
}) {
  const { app, persona, field, label, multiline, placeholder, className, maxLength } = props;
  const bindings = useTextField<HTMLInputElement & HTMLTextAreaElement>({
    mode: 'live',
    editor: app,
    field: { collection: 'personas', id: persona.id, field },
    value: persona[field],
    multiline: !!multiline,
    onEnd: () => (document.activeElement as HTMLElement | null)?.blur(),
  });
  const common = { ...bindings, name: field, 'aria-label': label, placeholder: placeholder ?? label, maxLength, className, spellCheck: multiline };
  // One-line fields wrap and grow instead of cutting a long role off (Enter still ends the edit).
  return multiline ? <textarea {...common} rows={2} /> : <textarea {...common} rows={1} className={`${className ?? ''} one-line`} />;
}

/** The photo, or the initials on the persona's colour when there is none. */
export function PersonaAvatar({ persona, size }: { persona: Persona; size: number }) {
  return persona.photo ? (
    <img className="persona-avatar" src={persona.photo} alt="" width={size} height={size} />
  ) : (
    <span className="persona-avatar initials" style={{ background: persona.color, width: size, height: size, fontSize: size * 0.38 }} aria-hidden="true">
      {initialsOf(persona.name)}
    </span>
  );
}

/** One persona card, every field editable in place. `footer` holds the card's own actions. */
export const PersonaCard = memo(function PersonaCard(props: { app: Editor; persona: Persona; footer?: React.ReactNode; header?: React.ReactNode }) {
  const { app, persona, footer, header } = props;
  useSlice(app, LOCALE); // a memoized card still follows the language
  const t = app.t.bind(app);
  const colourStep = useEditStep(app);
  const setChannel = (channel: 'online' | 'offline', on: boolean) => {
    const channels = (['online', 'offline'] as const).filter((c) => (c === channel ? on : persona.channels.includes(c)));
    app.edit(() => updatePersona(app.doc, persona.id, { channels }));
  };
  return (
    <article className="persona-card" data-persona-id={persona.id} aria-label={persona.name || t('persona.unnamed')} style={{ borderTopColor: persona.color }}>
      {header}
      <div className="persona-top">
        <button type="button" className="persona-photo" title={t('photo.choose')} aria-label={t('photo.chooseFor', { name: persona.name })} onClick={() => void choosePhoto(app, persona.id)}>
          <PersonaAvatar persona={persona} size={88} />
        </button>
        <div className="persona-identity">
          <EditableText app={app} persona={persona} field="name" label={t('persona.name')} className="persona-name" maxLength={500} />
          <EditableText app={app} persona={persona} field="role" label={t('persona.role')} maxLength={500} />
          <EditableText app={app} persona={persona} field="age" label={t('persona.age')} maxLength={500} />
        </div>
      </div>
      <div className="persona-photo-actions">
        <button type="button" onClick={() => void choosePhoto(app, persona.id)}>
          {t(persona.photo ? 'photo.change' : 'photo.choose')}
        </button>
        {persona.photo && (
          <button type="button" onClick={() => removePhoto(app, persona.id)}>
            {t('photo.remove')}
          </button>
        )}
        <label className="persona-color" title={t('persona.color')}>
          <input
            type="color"
            aria-label={t('persona.color')}
            value={persona.color}
            onFocus={colourStep.begin}
            onChange={(e) => colourStep.edit(() => updatePersona(app.doc, persona.id, { color: e.target.value }))}
            onBlur={colourStep.end}
          />
        </label>
      </div>
      <label className="persona-section persona-quote">
        <span>{t('persona.quote')}</span>
        <EditableText app={app} persona={persona} field="quote" label={t('persona.quote')} placeholder={t('persona.quotePlaceholder')} multiline maxLength={20_000} />
      </label>
      {PERSONA_SECTIONS.map((field) => (
        <label key={field} className="persona-section">
          <span>{t(`persona.${field}`)}</span>
          <EditableText app={app} persona={persona} field={field} label={t(`persona.${field}`)} multiline maxLength={20_000} />
        </label>
      ))}
      <fieldset className="persona-channels">
        <legend>{t('persona.channels')}</legend>
        {(['online', 'offline'] as const).map((channel) => (
          <label key={channel} className="radio">
            <input type="checkbox" name={`channel-${channel}`} checked={persona.channels.includes(channel)} onChange={(e) => setChannel(channel, e.target.checked)} />
            {t(channel === 'online' ? 'persona.online' : 'persona.offline')}
          </label>
        ))}
      </fieldset>
      {footer}
    </article>
  );
});
