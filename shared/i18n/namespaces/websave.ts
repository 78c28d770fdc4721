/** The websave namespace of the translation catalog (shared/i18n): the name question of Save As in a browser without a save picker. */
import type { Translation } from '../types';

export const en = {
  'websave.title': 'Save as',
  'websave.label': 'File name',
  'websave.hint': 'The browser downloads the file under this name.',
  'websave.save': 'Save',
  'websave.cancel': 'Cancel',
  'websave.nameEmpty': 'The file needs a name. Type one, then Save.',
  'websave.nameForbidden': 'A file name cannot be made only of \\ / : * ? " < > |. Add letters or digits.',
} as const;

export const id: Translation<typeof en> = {
  'websave.title': 'Simpan sebagai',
  'websave.label': 'Nama berkas',
  'websave.hint': 'Peramban mengunduh berkas dengan nama ini.',
  'websave.save': 'Simpan',
  'websave.cancel': 'Batal',
  'websave.nameEmpty': 'Berkas perlu nama. Ketik nama, lalu Simpan.',
  'websave.nameForbidden': 'Nama berkas tidak boleh hanya berisi \\ / : * ? " < > |. Tambahkan huruf atau angka.',
};

export const ru: Translation<typeof en> = {
  'websave.title': 'Сохранить как',
  'websave.label': 'Имя файла',
  'websave.hint': 'Браузер скачает файл под этим именем.',
  'websave.save': 'Сохранить',
  'websave.cancel': 'Отмена',
  'websave.nameEmpty': 'У файла должно быть имя. Введите его и нажмите «Сохранить».',
  'websave.nameForbidden': 'Имя файла не может состоять только из \\ / : * ? " < > |. Добавьте буквы или цифры.',
};
