import { setWorkspaceFields } from '../../../shared/doc';
import type { Editor } from '../editor/editor';
import { useSlice, useView } from '../editor/hooks';
import { DOCUMENT, RENAMING } from '../editor/slices';
import { InlineTextInput } from './InlineTextInput';

/**
 * The workspace's title in the toolbar, renamed in place: double-click it (or File ▸ Rename
 * workspace…), type, Enter or leave the field keeps it (one undo step, saved with the file and
 * seen by peers), Escape keeps the old one. A file saved for the first time is named after it.
 */
export function WorkspaceTitle({ app }: { app: Editor }) {
  const { fileName, dirty } = useSlice(app, DOCUMENT);
  const renaming = useSlice(app, RENAMING, (s) => s.renaming?.kind === 'workspace');
  const view = useView(app);
  const title = view.meta?.title || app.t('app.untitled');
  if (renaming) {
    return (
      <InlineTextInput
        className="app-title-input"
        label={app.t('shell.renameLabel')}
        initial={view.meta?.title ?? ''}
        maxLength={200}
        onCommit={(value) => {
          const next = value.trim();
          if (next) app.edit(() => setWorkspaceFields(app.doc, { title: next }));
        }}
        onDone={() => app.rename(null)}
      />
    );
  }
  return (
    <span className="app-title" title={`${title} — ${fileName || app.t('shell.renameHint')}`} onDoubleClick={() => app.rename({ kind: 'workspace', id: '' })}>
      {dirty && <span aria-hidden="true">• </span>}
      {title}
    </span>
  );
}
