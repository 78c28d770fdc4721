/** The rooms namespace of the translation catalog (shared/i18n): Journey room servers (Hocuspocus) — protocol, token, refusals, limits. */
import type { Translation } from '../types';

export const en = {
  'rooms.protocol': 'Server type',
  'rooms.protocolHocuspocus': 'Journey room server (Hocuspocus)',
  'rooms.protocolYws': 'y-websocket server',
  'rooms.token': 'Room token (from the server’s admin)',
  'rooms.tokenHelp': 'A Journey room server only opens a room with a token for it: the admin issues one with “npm run room-server -- token --room NAME”.',
  'rooms.refused': 'The room server refused this room: {reason}. Ask the server’s admin for a new token.',
  'rooms.noToken': 'This room server needs a room token.',
  'rooms.tooLarge': 'The room server refused a change: the room would be larger than its limit.',
  'rooms.badLink': 'That link is not a room-server link (it needs server, room and token).',
  'rooms.link': 'Join link (room server)',
  'rooms.reasonExpired': 'the token has expired',
  'rooms.reasonOtherRoom': 'the token is for another room',
  'rooms.reasonInvalid': 'the token is not valid here',
} as const;

export const id: Translation<typeof en> = {
  'rooms.protocol': 'Jenis server',
  'rooms.protocolHocuspocus': 'Server ruang Journey (Hocuspocus)',
  'rooms.protocolYws': 'Server y-websocket',
  'rooms.token': 'Token ruang (dari admin server)',
  'rooms.tokenHelp': 'Server ruang Journey hanya membuka ruang dengan token untuk ruang itu: admin membuatnya dengan “npm run room-server -- token --room NAMA”.',
  'rooms.refused': 'Server ruang menolak ruang ini: {reason}. Minta token baru kepada admin server.',
  'rooms.noToken': 'Server ruang ini memerlukan token ruang.',
  'rooms.tooLarge': 'Server ruang menolak sebuah perubahan: ruang akan melebihi batasnya.',
  'rooms.badLink': 'Tautan itu bukan tautan server ruang (perlu server, room, dan token).',
  'rooms.link': 'Tautan gabung (server ruang)',
  'rooms.reasonExpired': 'token sudah kedaluwarsa',
  'rooms.reasonOtherRoom': 'token itu untuk ruang lain',
  'rooms.reasonInvalid': 'token tidak berlaku di sini',
};

export const ru: Translation<typeof en> = {
  'rooms.protocol': 'Тип сервера',
  'rooms.protocolHocuspocus': 'Сервер комнат Journey (Hocuspocus)',
  'rooms.protocolYws': 'Сервер y-websocket',
  'rooms.token': 'Токен комнаты (от администратора сервера)',
  'rooms.tokenHelp': 'Сервер комнат Journey открывает комнату только с токеном для неё: администратор выдаёт его командой «npm run room-server -- token --room ИМЯ».',
  'rooms.refused': 'Сервер комнат отказал в доступе к комнате: {reason}. Попросите у администратора сервера новый токен.',
  'rooms.noToken': 'Этому серверу комнат нужен токен комнаты.',
  'rooms.tooLarge': 'Сервер комнат отклонил изменение: комната превысила бы свой предел.',
  'rooms.badLink': 'Это не ссылка на сервер комнат (нужны server, room и token).',
  'rooms.link': 'Ссылка для входа (сервер комнат)',
  'rooms.reasonExpired': 'срок действия токена истёк',
  'rooms.reasonOtherRoom': 'токен выдан для другой комнаты',
  'rooms.reasonInvalid': 'токен здесь недействителен',
};
