import type { Locale } from '../model';

/**
 * Why a `.journey` file did not open, as plain data (it crosses IPC and ends up in the UI).
 * Every code has its own message in every locale (`describeLoadError`).
 */
export type LoadError =
  /** Bigger than MAX_FILE_BYTES: refused before reading it. */
  | { readonly code: 'too-large'; readonly bytes: number; readonly limit: number }
  /** Zero bytes, or only whitespace. */
  | { readonly code: 'empty' }
  /** NUL bytes or invalid UTF-8: not a text file at all. */
  | { readonly code: 'binary' }
  /** Text, but not JSON. Line and column (1-based) of the first error when known. */
  | { readonly code: 'not-json'; readonly line: number | null; readonly column: number | null }
  /** JSON that ends early: a save or copy that was cut off. */
  | { readonly code: 'truncated' }
  /** Valid JSON, but not a Journey file (`format` is not "journey"). */
  | { readonly code: 'not-journey' }
  /** Written by a newer app in a format this one cannot read. */
  | {
      readonly code: 'newer-version';
      readonly fileVersion: number;
      readonly supportedVersion: number;
      /** The version of the app that wrote the file, when the file says. */
      readonly appVersion: string | null;
    }
  /** A Journey file whose contents break the schema. At most MAX_ISSUES issues; `total` counts all. */
  | { readonly code: 'invalid'; readonly issues: readonly LoadIssue[]; readonly total: number }
  /** A `__proto__`, `constructor` or `prototype` key: refused before anything copies objects. */
  | { readonly code: 'forbidden-key'; readonly path: string }
  /** The same key twice in one object (JSON.parse would silently keep the last). */
  | { readonly code: 'duplicate-key'; readonly path: string }
  /** More than a workspace can hold (FILE_LIMITS): refused before the file is parsed. */
  | { readonly code: 'over-limit'; readonly what: OverLimitWhat; readonly limit: number; readonly path: string }
  /** A bug or an engine limit: never expected, but loading never throws. */
  | { readonly code: 'unexpected'; readonly detail: string };

export type LoadErrorCode = LoadError['code'];

/** Which of FILE_LIMITS (format.ts) a file went over. */
export type OverLimitWhat = 'depth' | 'items' | 'keys' | 'values' | 'string' | 'yjs';

export interface LoadIssue {
  /** Where in the file, e.g. `snapshot.notes[3].color`; empty for the whole file. */
  readonly path: string;
  /** What is wrong (the schema library's words, in English). */
  readonly message: string;
}

/** How many issues an `invalid` error lists. */
export const MAX_ISSUES = 10;

/** The file opened, but the user should know something. */
export type LoadWarning =
  /** No Yjs state (another tool wrote the file): built from the readable snapshot. */
  | { readonly code: 'yjs-missing' }
  /** The Yjs state could not be used: built from the readable snapshot. */
  | { readonly code: 'yjs-damaged'; readonly reason: string }
  /** The readable snapshot differed from the Yjs state (edited outside Journey): the snapshot won. */
  | { readonly code: 'snapshot-applied' };

export type LoadWarningCode = LoadWarning['code'];

/** `snapshot.notes[3].color` from `['snapshot', 'notes', 3, 'color']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function megabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

function issueList(issues: readonly LoadIssue[], total: number, locale: Locale): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path || FILE_WORD[locale]}: ${i.message}`);
  const more = total - shown.length;
  if (more > 0) shown.push(MORE_PROBLEMS[locale](more));
  return shown.join('; ');
}

const count = (n: number, locale: Locale): string => new Intl.NumberFormat(locale).format(n);

/** What each limit means, in words: "a list of more than 200,000 items". */
const OVER_LIMIT: Record<Locale, Record<OverLimitWhat, (limit: number, locale: Locale) => string>> = {
  en: {
    depth: (n, l) => `fields nested more than ${count(n, l)} levels deep`,
    items: (n, l) => `a list of more than ${count(n, l)} items`,
    keys: (n, l) => `an object with more than ${count(n, l)} fields`,
    values: (n, l) => `more than ${count(n, l)} values in all`,
    string: (n, l) => `a text of more than ${count(n, l)} characters`,
    yjs: (n, l) => `an editing history of more than ${megabytes(n, l)} MB`,
  },
  id: {
    depth: (n, l) => `kolom bersarang lebih dari ${count(n, l)} tingkat`,
    items: (n, l) => `daftar berisi lebih dari ${count(n, l)} butir`,
    keys: (n, l) => `objek dengan lebih dari ${count(n, l)} kolom`,
    values: (n, l) => `lebih dari ${count(n, l)} nilai secara keseluruhan`,
    string: (n, l) => `teks lebih dari ${count(n, l)} karakter`,
    yjs: (n, l) => `riwayat penyuntingan lebih dari ${megabytes(n, l)} MB`,
  },
  ru: {
    depth: (n, l) => `поля вложены глубже ${count(n, l)} уровней`,
    items: (n, l) => `список длиннее ${count(n, l)} элементов`,
    keys: (n, l) => `объект, в котором больше ${count(n, l)} полей`,
    values: (n, l) => `всего больше ${count(n, l)} значений`,
    string: (n, l) => `текст длиннее ${count(n, l)} символов`,
    yjs: (n, l) => `история правок больше ${megabytes(n, l)} МБ`,
  },
};

const FILE_WORD: Record<Locale, string> = { en: 'file', id: 'berkas', ru: 'файл' };

const MORE_PROBLEMS: Record<Locale, (n: number) => string> = {
  en: (n) => `and ${n} more ${n === 1 ? 'problem' : 'problems'}`,
  id: (n) => `dan ${n} masalah lainnya`,
  ru: (n) => `и ещё проблем: ${n}`,
};

type Messages<T extends { code: string }> = { [C in T['code']]: (value: Extract<T, { code: C }>) => string };

const ERROR_MESSAGES: Record<Locale, Messages<LoadError>> = {
  en: {
    'too-large': (e) =>
      `This file is too large to open (${megabytes(e.bytes, 'en')} MB; Journey opens files up to ${megabytes(e.limit, 'en')} MB). Check that you picked the right file.`,
    empty: () => 'This file is empty. Saving it may not have finished: open an earlier copy or a backup.',
    binary: () => 'This is not a text file, so it cannot be a Journey workspace. Check that you picked a file ending in .journey.',
    'not-json': (e) =>
      `This is not a Journey file: its contents are not valid JSON${e.line !== null ? ` (line ${e.line}, column ${e.column ?? 1})` : ''}. If it was edited by hand, fix the text there, or open an earlier copy.`,
    truncated: () =>
      'This file is incomplete: it ends too early, probably because saving or copying it was interrupted. Open an earlier copy or a backup.',
    'not-journey': () => 'This file holds valid JSON but not a Journey workspace. Check that you picked a file ending in .journey.',
    'newer-version': (e) =>
      `This file was made by a newer version of Journey (${e.appVersion ? `Journey ${e.appVersion}, ` : ''}file format ${e.fileVersion}; this app reads up to ${e.supportedVersion}). Update Journey to open it.`,
    invalid: (e) =>
      `This file is damaged: some of its contents are not valid (${issueList(e.issues, e.total, 'en')}). Open an earlier copy, or fix these fields in a text editor.`,
    'forbidden-key': (e) =>
      `This file was refused for safety: it contains a field name Journey never writes (${e.path}). Open an earlier copy, or remove that field in a text editor.`,
    'duplicate-key': (e) =>
      `This file is damaged: the field ${e.path} appears twice in the same place, so it is unclear which one is meant. Remove one of them in a text editor, or open an earlier copy.`,
    'over-limit': (e) => `This file holds more than Journey can open: ${OVER_LIMIT.en[e.what](e.limit, 'en')} (at ${e.path || 'the top'}). Check that you picked the right file, or open an earlier copy.`,
    unexpected: (e) =>
      `Journey could not read this file because of an unexpected problem (${e.detail}). Try again; if it keeps happening, report it together with the file.`,
  },
  id: {
    'too-large': (e) =>
      `Berkas ini terlalu besar untuk dibuka (${megabytes(e.bytes, 'id')} MB; Journey membuka berkas hingga ${megabytes(e.limit, 'id')} MB). Periksa apakah Anda memilih berkas yang benar.`,
    empty: () => 'Berkas ini kosong. Mungkin penyimpanannya belum selesai: buka salinan sebelumnya atau cadangan.',
    binary: () => 'Ini bukan berkas teks, jadi tidak mungkin ruang kerja Journey. Periksa apakah Anda memilih berkas berakhiran .journey.',
    'not-json': (e) =>
      `Ini bukan berkas Journey: isinya bukan JSON yang valid${e.line !== null ? ` (baris ${e.line}, kolom ${e.column ?? 1})` : ''}. Jika berkas ini disunting secara manual, perbaiki teks di sana, atau buka salinan sebelumnya.`,
    truncated: () =>
      'Berkas ini tidak lengkap: isinya terpotong, mungkin karena penyimpanan atau penyalinannya terputus. Buka salinan sebelumnya atau cadangan.',
    'not-journey': () => 'Berkas ini berisi JSON yang valid, tetapi bukan ruang kerja Journey. Periksa apakah Anda memilih berkas berakhiran .journey.',
    'newer-version': (e) =>
      `Berkas ini dibuat oleh versi Journey yang lebih baru (${e.appVersion ? `Journey ${e.appVersion}, ` : ''}format berkas ${e.fileVersion}; aplikasi ini membaca hingga ${e.supportedVersion}). Perbarui Journey untuk membukanya.`,
    invalid: (e) =>
      `Berkas ini rusak: sebagian isinya tidak valid (${issueList(e.issues, e.total, 'id')}). Buka salinan sebelumnya, atau perbaiki kolom tersebut dengan penyunting teks.`,
    'forbidden-key': (e) =>
      `Berkas ini ditolak demi keamanan: berisi nama kolom yang tidak pernah ditulis Journey (${e.path}). Buka salinan sebelumnya, atau hapus kolom tersebut dengan penyunting teks.`,
    'duplicate-key': (e) =>
      `Berkas ini rusak: kolom ${e.path} muncul dua kali di tempat yang sama, sehingga tidak jelas mana yang dimaksud. Hapus salah satunya dengan penyunting teks, atau buka salinan sebelumnya.`,
    'over-limit': (e) => `Berkas ini berisi lebih dari yang dapat dibuka Journey: ${OVER_LIMIT.id[e.what](e.limit, 'id')} (di ${e.path || 'tingkat teratas'}). Periksa apakah Anda memilih berkas yang benar, atau buka salinan sebelumnya.`,
    unexpected: (e) =>
      `Journey tidak dapat membaca berkas ini karena masalah yang tidak terduga (${e.detail}). Coba lagi; jika terus terjadi, laporkan masalah ini beserta berkasnya.`,
  },
  ru: {
    'too-large': (e) =>
      `Файл слишком большой (${megabytes(e.bytes, 'ru')} МБ; Journey открывает файлы размером до ${megabytes(e.limit, 'ru')} МБ). Проверьте, тот ли файл вы выбрали.`,
    empty: () => 'Файл пуст. Возможно, его сохранение не завершилось: откройте более раннюю копию или резервную копию.',
    binary: () => 'Это не текстовый файл, поэтому он не может быть рабочим пространством Journey. Проверьте, что выбран файл с расширением .journey.',
    'not-json': (e) =>
      `Это не файл Journey: его содержимое не является корректным JSON${e.line !== null ? ` (строка ${e.line}, столбец ${e.column ?? 1})` : ''}. Если файл правили вручную, исправьте текст в этом месте или откройте более раннюю копию.`,
    truncated: () =>
      'Файл неполный: он обрывается раньше времени — вероятно, сохранение или копирование было прервано. Откройте более раннюю копию или резервную копию.',
    'not-journey': () => 'В файле корректный JSON, но это не рабочее пространство Journey. Проверьте, что выбран файл с расширением .journey.',
    'newer-version': (e) =>
      `Этот файл создан более новой версией Journey (${e.appVersion ? `Journey ${e.appVersion}, ` : ''}формат файла ${e.fileVersion}; это приложение читает форматы до ${e.supportedVersion}). Обновите Journey, чтобы открыть его.`,
    invalid: (e) =>
      `Файл повреждён: часть его содержимого некорректна (${issueList(e.issues, e.total, 'ru')}). Откройте более раннюю копию или исправьте эти поля в текстовом редакторе.`,
    'forbidden-key': (e) =>
      `Файл отклонён из соображений безопасности: в нём есть имя поля, которое Journey никогда не записывает (${e.path}). Откройте более раннюю копию или удалите это поле в текстовом редакторе.`,
    'duplicate-key': (e) =>
      `Файл повреждён: поле ${e.path} встречается дважды в одном и том же месте, и непонятно, какое из них имелось в виду. Удалите одно из них в текстовом редакторе или откройте более раннюю копию.`,
    'over-limit': (e) => `В файле больше, чем Journey может открыть: ${OVER_LIMIT.ru[e.what](e.limit, 'ru')} (в ${e.path || 'корне файла'}). Проверьте, тот ли файл вы выбрали, или откройте более раннюю копию.`,
    unexpected: (e) =>
      `Journey не удалось прочитать файл из-за непредвиденной ошибки (${e.detail}). Попробуйте ещё раз; если ошибка повторится, сообщите о ней и приложите файл.`,
  },
};

const WARNING_MESSAGES: Record<Locale, Messages<LoadWarning>> = {
  en: {
    'yjs-missing': () =>
      'This file has no editing history, so it was opened from its readable contents. Copies of it edited elsewhere will not merge with it.',
    'yjs-damaged': () =>
      'The editing history in this file was damaged, so it was opened from its readable contents: everything in the file is here, but copies edited elsewhere will not merge with it. Save to repair the file.',
    'snapshot-applied': () =>
      'This file was changed outside Journey (its readable contents differ from its editing history). Those changes were applied; save to keep them.',
  },
  id: {
    'yjs-missing': () =>
      'Berkas ini tidak memiliki riwayat penyuntingan, jadi dibuka dari isinya yang dapat dibaca. Salinannya yang disunting di tempat lain tidak akan tergabung dengannya.',
    'yjs-damaged': () =>
      'Riwayat penyuntingan dalam berkas ini rusak, jadi berkas dibuka dari isinya yang dapat dibaca: semua isi berkas ada, tetapi salinan yang disunting di tempat lain tidak akan tergabung dengannya. Simpan untuk memperbaiki berkas.',
    'snapshot-applied': () =>
      'Berkas ini diubah di luar Journey (isinya yang dapat dibaca berbeda dari riwayat penyuntingannya). Perubahan itu telah diterapkan; simpan untuk mempertahankannya.',
  },
  ru: {
    'yjs-missing': () =>
      'В файле нет истории правок, поэтому он открыт по своему читаемому содержимому. Его копии, изменённые в другом месте, не объединятся с ним.',
    'yjs-damaged': () =>
      'История правок в файле повреждена, поэтому он открыт по своему читаемому содержимому: всё содержимое на месте, но копии, изменённые в другом месте, не объединятся с ним. Сохраните файл, чтобы исправить его.',
    'snapshot-applied': () =>
      'Файл был изменён вне Journey (его читаемое содержимое расходится с историей правок). Эти изменения применены; сохраните файл, чтобы они в нём остались.',
  },
};

/** A user-facing sentence: what happened and what to do next, in the user's language. */
export function describeLoadError(error: LoadError, locale: Locale): string {
  const messages = ERROR_MESSAGES[locale] ?? ERROR_MESSAGES.en;
  return (messages[error.code] as (e: LoadError) => string)(error);
}

export function describeLoadWarning(warning: LoadWarning, locale: Locale): string {
  const messages = WARNING_MESSAGES[locale] ?? WARNING_MESSAGES.en;
  return (messages[warning.code] as (w: LoadWarning) => string)(warning);
}

/**
 * Why Save refused to write: the app never writes a file it could not open again, and never
 * replaces a read-only file without asking. The work stays open either way.
 */
export type SaveProblem =
  /** The file would be bigger than the app opens (MAX_FILE_BYTES). */
  | { readonly code: 'too-large-to-open'; readonly bytes: number; readonly limit: number }
  /** The text to be written would be refused on opening (a limit, or a bug): what opening would say. */
  | { readonly code: 'would-not-open'; readonly error: LoadError }
  /** The file to replace is read-only. */
  | { readonly code: 'read-only'; readonly name: string };

export type SaveProblemCode = SaveProblem['code'];

const SAVE_MESSAGES: Record<Locale, Messages<SaveProblem>> = {
  en: {
    'too-large-to-open': (p) =>
      `Nothing was saved: the file would be ${megabytes(p.bytes, 'en')} MB, and Journey opens files of up to ${megabytes(p.limit, 'en')} MB, so it could not be opened again. Your work is still open. Remove some persona photos or notes, or move some boards to another workspace, then save again.`,
    'would-not-open': (p) =>
      p.error.code === 'over-limit'
        ? `Nothing was saved: the workspace holds more than a file Journey opens may hold (${OVER_LIMIT.en[p.error.what](p.error.limit, 'en')}, at ${p.error.path || 'the top'}), so it could not be opened again. Your work is still open. Remove some of it, or move some boards to another workspace, then save again.`
        : `Nothing was saved, because Journey could not open the file it was about to write. Your work is still open. What opening it would say: ${describeLoadError(p.error, 'en')}`,
    'read-only': (p) =>
      `"${p.name}" is read-only, so Journey did not replace it. Your work is still open: use Save As to save it under another name, or make the file writable and save again.`,
  },
  id: {
    'too-large-to-open': (p) =>
      `Tidak ada yang disimpan: berkasnya akan berukuran ${megabytes(p.bytes, 'id')} MB, sedangkan Journey membuka berkas hingga ${megabytes(p.limit, 'id')} MB, sehingga berkas itu tidak dapat dibuka lagi. Pekerjaan Anda masih terbuka. Hapus beberapa foto persona atau catatan, atau pindahkan beberapa papan ke ruang kerja lain, lalu simpan lagi.`,
    'would-not-open': (p) =>
      p.error.code === 'over-limit'
        ? `Tidak ada yang disimpan: ruang kerja ini berisi lebih dari yang boleh dimuat berkas yang dibuka Journey (${OVER_LIMIT.id[p.error.what](p.error.limit, 'id')}, di ${p.error.path || 'tingkat teratas'}), sehingga berkas itu tidak dapat dibuka lagi. Pekerjaan Anda masih terbuka. Hapus sebagian isinya, atau pindahkan beberapa papan ke ruang kerja lain, lalu simpan lagi.`
        : `Tidak ada yang disimpan, karena Journey tidak dapat membuka berkas yang akan ditulisnya. Pekerjaan Anda masih terbuka. Yang akan dikatakan saat membukanya: ${describeLoadError(p.error, 'id')}`,
    'read-only': (p) =>
      `"${p.name}" hanya dapat dibaca, jadi Journey tidak menggantinya. Pekerjaan Anda masih terbuka: gunakan Simpan Sebagai untuk menyimpannya dengan nama lain, atau jadikan berkas itu dapat ditulis lalu simpan lagi.`,
  },
  ru: {
    'too-large-to-open': (p) =>
      `Ничего не сохранено: файл занял бы ${megabytes(p.bytes, 'ru')} МБ, а Journey открывает файлы размером до ${megabytes(p.limit, 'ru')} МБ, так что открыть его снова было бы нельзя. Ваша работа по-прежнему открыта. Удалите часть фотографий персон или заметок либо перенесите часть досок в другое рабочее пространство и сохраните снова.`,
    'would-not-open': (p) =>
      p.error.code === 'over-limit'
        ? `Ничего не сохранено: в рабочем пространстве больше, чем может содержать файл, который открывает Journey (${OVER_LIMIT.ru[p.error.what](p.error.limit, 'ru')}, в ${p.error.path || 'корне файла'}), так что открыть его снова было бы нельзя. Ваша работа по-прежнему открыта. Удалите часть содержимого или перенесите часть досок в другое рабочее пространство и сохраните снова.`
        : `Ничего не сохранено: Journey не смог бы открыть файл, который собирался записать. Ваша работа по-прежнему открыта. Что было бы сказано при открытии: ${describeLoadError(p.error, 'ru')}`,
    'read-only': (p) =>
      `Файл «${p.name}» доступен только для чтения, поэтому Journey не стал его заменять. Ваша работа по-прежнему открыта: сохраните её под другим именем через «Сохранить как» или разрешите запись в файл и сохраните снова.`,
  },
};

/** A user-facing sentence for a refused save, in the user's language. */
export function describeSaveProblem(problem: SaveProblem, locale: Locale): string {
  const messages = SAVE_MESSAGES[locale] ?? SAVE_MESSAGES.en;
  return (messages[problem.code] as (p: SaveProblem) => string)(problem);
}
