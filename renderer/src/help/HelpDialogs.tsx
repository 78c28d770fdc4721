import type { Editor } from '../editor/editor';
import { AboutDialog } from './AboutDialog';
import { GuideDialog } from './GuideDialog';
import { useHelpWindow } from '../editor/help-windows';
import { ShortcutsDialog } from './ShortcutsDialog';
import './help.css';

/** The open help window, if any (App mounts this once). */
export function HelpDialogs({ app }: { app: Editor }) {
  const open = useHelpWindow(app);
  if (open === 'guide') return <GuideDialog app={app} />;
  if (open === 'shortcuts') return <ShortcutsDialog app={app} />;
  if (open === 'about') return <AboutDialog app={app} />;
  return null;
}
