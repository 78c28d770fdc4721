/** The shell namespace of the translation catalog (shared/i18n): the native menu's Open Recent, renaming the workspace, naming a browser download. */
import type { Translation } from '../types';

export const en = {
  'shell.openRecent': 'Open Recent',
  'shell.noRecent': 'No recent files',
  'shell.recentMissing': '{name} (missing)',
  'shell.clearRecent': 'Clear Menu',
  'shell.fileType': 'Journey workspace',
  'shell.renameWorkspace': 'Rename Workspace…',
  'shell.renameLabel': 'Workspace name',
  'shell.renameHint': 'Double-click to rename the workspace',
  'shell.browserWriteFailed': '“{name}” could not be written: {reason}. Your work is still open; try Save As.',
} as const;

export const id: Translation<typeof en> = {
  'shell.openRecent': 'Buka Terbaru',
  'shell.noRecent': 'Tidak ada berkas terbaru',
  'shell.recentMissing': '{name} (hilang)',
  'shell.clearRecent': 'Bersihkan Menu',
  'shell.fileType': 'Ruang kerja Journey',
  'shell.renameWorkspace': 'Ganti Nama Ruang Kerja…',
  'shell.renameLabel': 'Nama ruang kerja',
  'shell.renameHint': 'Klik dua kali untuk mengganti nama ruang kerja',
  'shell.browserWriteFailed': '“{name}” tidak dapat ditulis: {reason}. Pekerjaan Anda masih terbuka; coba Simpan Sebagai.',
};

export const ru: Translation<typeof en> = {
  'shell.openRecent': 'Открыть недавние',
  'shell.noRecent': 'Недавних файлов нет',
  'shell.recentMissing': '{name} (файл не найден)',
  'shell.clearRecent': 'Очистить меню',
  'shell.fileType': 'Рабочее пространство Journey',
  'shell.renameWorkspace': 'Переименовать рабочее пространство…',
  'shell.renameLabel': 'Название рабочего пространства',
  'shell.renameHint': 'Дважды щёлкните, чтобы переименовать рабочее пространство',
  'shell.browserWriteFailed': 'Не удалось записать «{name}»: {reason}. Работа по-прежнему открыта; попробуйте «Сохранить как».',
};
