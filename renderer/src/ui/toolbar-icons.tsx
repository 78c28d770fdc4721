/**
 * The toolbar's icons. Secondary commands (file, undo/redo, delete) show an icon and carry
 * their translated label as aria-label and tooltip, so the toolbar fits one row at 1280 px in
 * every language; the main verbs (Add note, Open sample, Present, Insights) keep their words.
 */
const PATHS: Readonly<Record<string, readonly string[]>> = {
  // A sheet with a folded corner and a plus.
  new: ['M6 3h8l4 4v14H6z', 'M14 3v4h4', 'M12 11v6', 'M9 14h6'],
  // An open folder.
  open: ['M3 7V5h6l2 2h8v3', 'M3 7v12h15l3-9H7l-4 9'],
  // A floppy disk.
  save: ['M5 4h11l3 3v13H5z', 'M8 4v5h7V4', 'M8 20v-6h8v6'],
  // A floppy disk with a pencil: save under another name.
  saveAs: ['M4 4h10l3 3v5', 'M4 4v16h7', 'M7 4v4h6V4', 'M14 21l1-3 5-5 2 2-5 5z'],
  // Arrows turning back and forward.
  undo: ['M9 14L4 9l5-5', 'M4 9h10a6 6 0 0 1 0 12h-3'],
  redo: ['M15 14l5-5-5-5', 'M20 9H10a6 6 0 0 0 0 12h3'],
  // A bin.
  deleteNotes: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 13h10l1-13', 'M10 11v6', 'M14 11v6'],
  // The globe before the language menu.
  language: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M3 12h18', 'M12 3c3 3 3 15 0 18', 'M12 3c-3 3-3 15 0 18'],
};

/** Whether the toolbar shows this action as an icon (its label then is the aria-label and tooltip). */
export const iconOnly = (actionId: string): boolean => actionId !== 'language' && actionId in PATHS;

export function ToolbarIcon({ name }: { name: string }) {
  const paths = PATHS[name];
  if (!paths) return null;
  return (
    <svg className="toolbar-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
