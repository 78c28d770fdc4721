import { describe, expect, it } from 'vitest';
import { parseServerJoinLink, serverJoinUrl } from '../../../shared/collab/server-links';
import { refusalMessage } from '../../../shared/i18n/resources/rooms';
import { en, id, ru } from '../../../shared/i18n/namespaces/rooms';
import { translatorFor } from '../../../shared/i18n';

const roomsText = (locale: string, key: keyof typeof en, params?: Record<string, string>) => translatorFor(locale).t(key, params);
const refusalText = (locale: string, reason: string) => translatorFor(locale).text(refusalMessage(reason));
import { parseStartOptions } from '../../../renderer/src/url-params';

const token = 'jr1.eyJyIjoicm9vbSJ9.abc-_DEF';

describe('room-server join links', () => {
  it('round-trips server, room, token and name, in a page link and a query string', () => {
    const link = serverJoinUrl('https://journey.example.org/app/', { server: 'wss://rooms.example.org', room: 'town-hall_2026', token, name: 'Аня' });
    expect(link).toMatch(/^https:\/\/journey\.example\.org\/app\/\?server=wss%3A%2F%2Frooms\.example\.org&room=town-hall_2026&token=jr1\./);
    expect(parseServerJoinLink(link)).toEqual({ server: 'wss://rooms.example.org', room: 'town-hall_2026', token, name: 'Аня' });
    expect(parseServerJoinLink(`  ${link}#board  `)).toMatchObject({ room: 'town-hall_2026' });
    expect(parseStartOptions(new URL(link).search).serverJoin).toEqual({ server: 'wss://rooms.example.org', room: 'town-hall_2026', token, name: 'Аня' });
    expect(parseStartOptions('?lang=ru').serverJoin).toBeNull();
  });

  it('refuses hostile or incomplete links', () => {
    const base = { server: 'ws://10.0.0.5:1234', room: 'r1', token };
    const q = (p: Record<string, string>) => `?${new URLSearchParams(p).toString()}`;
    expect(parseServerJoinLink(q(base))).toMatchObject(base);
    for (const bad of [
      { ...base, server: 'javascript:alert(1)' },
      { ...base, server: 'https://rooms.example.org' },
      { ...base, server: 'ws://user:pw@rooms.example.org' },
      { ...base, room: '' },
      { ...base, room: 'комната' },
      { ...base, room: 'a/../b' },
      { ...base, room: 'x'.repeat(129) },
      { ...base, token: '' },
      { ...base, token: '<script>' },
      { ...base, token: 'x'.repeat(2049) },
    ]) {
      expect(parseServerJoinLink(q(bad)), JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
    const { token: _drop, ...noToken } = base;
    expect(parseServerJoinLink(q(noToken))).toBeNull();
    expect(parseServerJoinLink('not a link at all')).toBeNull();
  });
});

describe('room-server strings', () => {
  it('has every key in English, Indonesian and Russian, and fills parameters', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, id, ru] as Record<string, string>[]) for (const value of Object.values(table)) expect(value.trim().length).toBeGreaterThan(3);
    expect(roomsText('ru', 'rooms.refused', { reason: 'token expired' })).toBe('Сервер комнат отказал в доступе к комнате: token expired. Попросите у администратора сервера новый токен.');
    expect(roomsText('id', 'rooms.noToken')).toBe('Server ruang ini memerlukan token ruang.');
    expect(roomsText('xx', 'rooms.noToken')).toBe(en['rooms.noToken']);
    // The server's reasons (English, in its log) become the user's language.
    expect(refusalText('id', 'token expired')).toBe('Server ruang menolak ruang ini: token sudah kedaluwarsa. Minta token baru kepada admin server.');
    expect(refusalText('ru', 'token is for another room')).toContain('токен выдан для другой комнаты');
    expect(refusalText('en', 'bad signature (another server, or a removed secret)')).toContain('the token is not valid here');
    expect(refusalText('ru', 'no token')).toBe(ru['rooms.noToken']);
  });
});
