/**
 * Strings of crash recovery, external changes and merging (issue 13), in the three languages,
 * with a tiny local lookup until the lead wires them into the translation catalog.
 */
import type { Locale } from '../../model';

const en = {
  'recovery.title': 'Restore unsaved work?',
  'recovery.bodyOne': 'Journey closed before changes to “{name}” were saved (last change {time}).',
  'recovery.bodyMany': 'Journey closed before changes to {count} workspaces were saved. Restore one now; the others are offered again next time.',
  'recovery.restore': 'Restore “{name}”',
  'recovery.discard': 'Discard',
  'recovery.discardAll': 'Discard all',
  'recovery.later': 'Not now',
  'recovery.restored': 'Restored unsaved changes to {name}. Save to keep them in a file.',
  'recovery.failed': 'The unsaved changes could not be restored',
  'recovery.writeFailed': 'Unsaved changes cannot be kept for recovery right now: {reason}. Save your work.',
  'recovery.untitled': 'Untitled workspace',
  'disk.changedTitle': '“{name}” was changed by another program',
  'disk.changedBody': 'The file on disk is not the version you opened or last saved (a sync client or another copy of Journey may have changed it). Merge keeps the changes from both; Reload shows the file as it is on disk now; Keep mine leaves the file alone until you save over it.',
  'disk.changedSaveBody': 'The file on disk is not the version you opened or last saved. Merge its changes into yours and save, replace it with your version, or save yours as a copy.',
  'disk.merge': 'Merge',
  'disk.reload': 'Reload',
  'disk.keepMine': 'Keep mine',
  'disk.overwrite': 'Replace it',
  'disk.saveCopy': 'Save as a copy…',
  'disk.cancel': 'Cancel',
  'disk.missing': '“{name}” is no longer on disk (moved, deleted, or on a drive that was removed). Your work is still open: use Save As to keep it.',
  'disk.readOnly': '“{name}” is now read-only. Your work is still open: use Save As to save it under another name.',
  'disk.reloaded': 'Reloaded {name} from disk.',
  'merge.done': 'Merged {name} into this workspace.',
  'merge.byIds': 'Merged {name} by record: {count} records it had were added (it has no editing history to merge with).',
  'merge.nothing': '{name} holds nothing this workspace does not already have.',
  'merge.failedTitle': 'Could not merge “{name}”',
  'action.merge': 'Merge…',
} as const;

export type DesktopKey = keyof typeof en;
type Catalog = { readonly [K in DesktopKey]: string };

const id: Catalog = {
  'recovery.title': 'Pulihkan pekerjaan yang belum disimpan?',
  'recovery.bodyOne': 'Journey tertutup sebelum perubahan pada “{name}” disimpan (perubahan terakhir {time}).',
  'recovery.bodyMany': 'Journey tertutup sebelum perubahan pada {count} ruang kerja disimpan. Pulihkan satu sekarang; yang lain ditawarkan lagi lain kali.',
  'recovery.restore': 'Pulihkan “{name}”',
  'recovery.discard': 'Buang',
  'recovery.discardAll': 'Buang semua',
  'recovery.later': 'Nanti saja',
  'recovery.restored': 'Perubahan yang belum disimpan pada {name} dipulihkan. Simpan agar tersimpan dalam file.',
  'recovery.failed': 'Perubahan yang belum disimpan tidak dapat dipulihkan',
  'recovery.writeFailed': 'Perubahan yang belum disimpan tidak dapat dicadangkan untuk pemulihan saat ini: {reason}. Simpan pekerjaan Anda.',
  'recovery.untitled': 'Ruang kerja tanpa judul',
  'disk.changedTitle': '“{name}” diubah oleh program lain',
  'disk.changedBody': 'File di disk bukan versi yang Anda buka atau terakhir simpan (klien sinkronisasi atau salinan Journey lain mungkin mengubahnya). Gabungkan menyimpan perubahan dari keduanya; Muat ulang menampilkan file seperti di disk sekarang; Pertahankan milik saya membiarkan file sampai Anda menyimpan di atasnya.',
  'disk.changedSaveBody': 'File di disk bukan versi yang Anda buka atau terakhir simpan. Gabungkan perubahannya ke milik Anda lalu simpan, ganti dengan versi Anda, atau simpan milik Anda sebagai salinan.',
  'disk.merge': 'Gabungkan',
  'disk.reload': 'Muat ulang',
  'disk.keepMine': 'Pertahankan milik saya',
  'disk.overwrite': 'Ganti',
  'disk.saveCopy': 'Simpan sebagai salinan…',
  'disk.cancel': 'Batal',
  'disk.missing': '“{name}” tidak ada lagi di disk (dipindahkan, dihapus, atau drive-nya dilepas). Pekerjaan Anda masih terbuka: gunakan Simpan Sebagai untuk menyimpannya.',
  'disk.readOnly': '“{name}” sekarang hanya-baca. Pekerjaan Anda masih terbuka: gunakan Simpan Sebagai untuk menyimpannya dengan nama lain.',
  'disk.reloaded': '{name} dimuat ulang dari disk.',
  'merge.done': '{name} digabungkan ke ruang kerja ini.',
  'merge.byIds': '{name} digabungkan per catatan: {count} catatan miliknya ditambahkan (file itu tidak punya riwayat penyuntingan untuk digabungkan).',
  'merge.nothing': '{name} tidak berisi apa pun yang belum ada di ruang kerja ini.',
  'merge.failedTitle': 'Tidak dapat menggabungkan “{name}”',
  'action.merge': 'Gabungkan…',
};

const ru: Catalog = {
  'recovery.title': 'Восстановить несохранённую работу?',
  'recovery.bodyOne': 'Journey закрылся, прежде чем изменения в «{name}» были сохранены (последнее изменение {time}).',
  'recovery.bodyMany': 'Journey закрылся, прежде чем были сохранены изменения в {count} рабочих пространствах. Восстановите одно сейчас; остальные будут предложены в следующий раз.',
  'recovery.restore': 'Восстановить «{name}»',
  'recovery.discard': 'Удалить',
  'recovery.discardAll': 'Удалить все',
  'recovery.later': 'Не сейчас',
  'recovery.restored': 'Несохранённые изменения в {name} восстановлены. Сохраните, чтобы они остались в файле.',
  'recovery.failed': 'Не удалось восстановить несохранённые изменения',
  'recovery.writeFailed': 'Сейчас несохранённые изменения нельзя сберечь для восстановления: {reason}. Сохраните работу.',
  'recovery.untitled': 'Рабочее пространство без названия',
  'disk.changedTitle': '«{name}» изменён другой программой',
  'disk.changedBody': 'Файл на диске — не та версия, которую вы открыли или сохранили последней (его мог изменить клиент синхронизации или другая копия Journey). «Объединить» сохранит изменения обеих сторон; «Перезагрузить» покажет файл, как он есть на диске; «Оставить мою» не трогает файл, пока вы не сохраните поверх него.',
  'disk.changedSaveBody': 'Файл на диске — не та версия, которую вы открыли или сохранили последней. Объедините его изменения с вашими и сохраните, замените его вашей версией или сохраните вашу как копию.',
  'disk.merge': 'Объединить',
  'disk.reload': 'Перезагрузить',
  'disk.keepMine': 'Оставить мою',
  'disk.overwrite': 'Заменить',
  'disk.saveCopy': 'Сохранить как копию…',
  'disk.cancel': 'Отмена',
  'disk.missing': '«{name}» больше нет на диске (перемещён, удалён или диск извлечён). Ваша работа открыта: сохраните её через «Сохранить как».',
  'disk.readOnly': '«{name}» теперь только для чтения. Ваша работа открыта: сохраните её под другим именем через «Сохранить как».',
  'disk.reloaded': '{name} перезагружен с диска.',
  'merge.done': '{name} объединён с этим рабочим пространством.',
  'merge.byIds': '{name} объединён по записям: добавлено {count} его записей (у файла нет истории правок для объединения).',
  'merge.nothing': 'В {name} нет ничего, чего ещё нет в этом рабочем пространстве.',
  'merge.failedTitle': 'Не удалось объединить «{name}»',
  'action.merge': 'Объединить…',
};

export const desktopStrings: { readonly [L in Locale]: Catalog } = { en, id, ru };
export { en, id, ru };

/** The string for `key` in `locale`, with `{param}`s filled in. */
export function desktopText(locale: Locale, key: DesktopKey, params: Record<string, string | number> = {}): string {
  const template = (desktopStrings[locale] ?? en)[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
