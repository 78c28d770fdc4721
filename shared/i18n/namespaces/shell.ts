/** The shell namespace of the translation catalog (shared/i18n): the native menu's Open Recent, renaming the workspace, naming a browser download. */
import type { Translation } from '../types';

export const en = {
  'shell.openRecent': 'Open Recent',
  'shell.noRecent': 'No recent files',
  'shell.recentMissing': '{name} (missing)',
  'shell.clearRecent': 'Clear Menu',
} as const;

export const id: Translation<typeof en> = {
  'shell.openRecent': 'Buka Terbaru',
  'shell.noRecent': 'Tidak ada berkas terbaru',
  'shell.recentMissing': '{name} (hilang)',
  'shell.clearRecent': 'Bersihkan Menu',
};

export const ru: Translation<typeof en> = {
  'shell.openRecent': 'Открыть недавние',
  'shell.noRecent': 'Недавних файлов нет',
  'shell.recentMissing': '{name} (файл не найден)',
  'shell.clearRecent': 'Очистить меню',
};
