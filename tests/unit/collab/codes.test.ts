import { describe, expect, it } from 'vitest';
import { appJoinLink, formatCode, joinLinkFromArgv, joinUrl, newRoomSecret, normaliseSignalingUrl, parseCode, parseJoinLink, parseSignalingList, randomToken, signalingUrlFromAddress } from '../../../shared/collab/codes';
import { parseIceServers, readParticipant, viewportShowing } from '../../../shared/collab/presence';

describe('room secrets, codes and links', () => {
  it('makes unguessable 10-character ids and passwords, all different', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { room, password } = newRoomSecret();
      expect(room).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(password).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      seen.add(room).add(password);
    }
    expect(seen.size).toBe(400);
    // Every symbol of the alphabet appears (no bias towards a part of it).
    expect(new Set(randomToken(4000)).size).toBe(32);
  });

  it('formats the short code in groups of five and reads it back forgivingly', () => {
    const secret = { room: '7K2QMXD9RT', password: 'A4HWZP8N3V' };
    const code = formatCode(secret);
    expect(code).toBe('7K2QM-XD9RT-A4HWZ-P8N3V');
    expect(parseCode(code)).toEqual(secret);
    expect(parseCode(' 7k2qm xd9rt a4hwz p8n3v ')).toEqual(secret);
    expect(parseCode('0O1IL-XD9RT-A4HWZ-P8N3V')).toEqual({ room: '00111XD9RT', password: 'A4HWZP8N3V' });
    expect(parseCode('7K2QM-XD9RT-A4HWZ')).toBeNull();
    expect(parseCode('7K2QM-XD9RT-A4HWZ-P8N3U')).toBeNull(); // U is not in the alphabet
  });

  it('builds join links and parses them back (only ws/wss signaling, no credentials in URLs)', () => {
    const link = joinUrl('http://192.168.1.20:5180/', { room: 'ROOMROOM12', password: 'PASS+/&=12', signaling: ['ws://192.168.1.20:4444', 'wss://signal.example.org'] });
    expect(link.startsWith('http://192.168.1.20:5180/?room=ROOMROOM12&password=PASS%2B%2F%26%3D12&signaling=')).toBe(true);
    // A password with URL specials survives, but parseJoinLink only accepts safe secrets.
    expect(parseJoinLink(link)).toBeNull();
    const ok = joinUrl('http://h:5180/', { room: 'ROOMROOM12', password: 'PASSPASS12', signaling: ['ws://h:4444'], name: 'Ana' });
    expect(parseJoinLink(ok)).toEqual({ room: 'ROOMROOM12', password: 'PASSPASS12', signaling: ['ws://h:4444'], name: 'Ana' });
    expect(parseJoinLink('?room=abcd&password=efgh&signaling=http://evil')).toBeNull();
    expect(parseSignalingList('ws://a:1, wss://b ,javascript:alert(1),ws://user:pw@c:1,ws://a:1')).toEqual(['ws://a:1', 'wss://b']);
    expect(normaliseSignalingUrl('https://x')).toBeNull();
  });

  it('makes journey:// links for the desktop app and finds them on a command line', () => {
    const params = { room: 'ROOMROOM12', password: 'PASSPASS12', signaling: ['ws://192.168.1.20:4444'] };
    const link = appJoinLink(params);
    expect(link.startsWith('journey://join?room=ROOMROOM12&password=PASSPASS12&signaling=')).toBe(true);
    expect(joinLinkFromArgv(['/opt/Journey/journey', '--no-sandbox', link])).toEqual(params);
    expect(joinLinkFromArgv(['/opt/Journey/journey', 'plan.journey'])).toBeNull();
    expect(joinLinkFromArgv(['journey', 'journey://join?room=x'])).toBeNull();
  });

  it('turns a typed host address into the signaling URL', () => {
    expect(signalingUrlFromAddress('192.168.1.20')).toBe('ws://192.168.1.20:4444');
    expect(signalingUrlFromAddress('192.168.1.20:4445')).toBe('ws://192.168.1.20:4445');
    expect(signalingUrlFromAddress('wss://signal.example.org')).toBe('wss://signal.example.org');
    expect(signalingUrlFromAddress('http://192.168.1.20:5180/?room=x')).toBe('ws://192.168.1.20:4444');
    expect(signalingUrlFromAddress('not a host')).toBeNull();
  });
});

describe('presence state from peers (untrusted)', () => {
  it('reads a well-formed state', () => {
    const p = readParticipant(7, {
      user: { name: 'Ana', colour: '#d9480f' },
      boardId: 'b1',
      cursor: { x: 10, y: 20 },
      selection: ['n1', 'n2'],
      editing: 'n1',
      dragging: { ids: ['n1'], dx: 5, dy: -3 },
      view: { x: 0, y: 0, width: 800, height: 600 },
      presenting: { boardId: 'b1', stageId: 's2' },
      laser: { x: 300.5, y: 120 },
    });
    expect(p).toEqual({ clientId: 7, name: 'Ana', colour: '#d9480f', boardId: 'b1', cursor: { x: 10, y: 20 }, selection: ['n1', 'n2'], editing: 'n1', dragging: { ids: ['n1'], dx: 5, dy: -3 }, view: { x: 0, y: 0, width: 800, height: 600 }, presenting: { boardId: 'b1', stageId: 's2' }, laser: { x: 300.5, y: 120 } });
    expect(readParticipant(7, { user: { name: 'Ana' }, presenting: { boardId: 'b1', stageId: null } })!.presenting).toEqual({ boardId: 'b1', stageId: null });
  });

  it('sanitises or drops whatever is malformed', () => {
    expect(readParticipant(1, null)).toBeNull();
    expect(readParticipant(1, { user: 'x' })).toBeNull();
    const p = readParticipant(2, {
      user: { name: `  ${'x'.repeat(100)}\u0007 `, colour: 'red; background:url(x)' },
      cursor: { x: Number.NaN, y: 1 },
      selection: ['ok', 5, { a: 1 }, ''],
      editing: 42,
      dragging: { ids: 'n1', dx: 1, dy: 1 },
      view: { x: 0, y: 0, width: -1, height: 10 },
      boardId: 'b'.repeat(500),
      presenting: { boardId: 'b1', stageId: 7 },
      laser: { x: 1e12, y: 0 },
    })!;
    expect(p.presenting).toBeNull();
    expect(p.laser).toBeNull();
    expect(readParticipant(4, { user: {}, presenting: 'b1', laser: [1, 2] })).toMatchObject({ presenting: null, laser: null });
    expect(p.name).toHaveLength(40);
    expect(p.colour).toBe('#666666');
    expect(p.cursor).toBeNull();
    expect(p.selection).toEqual(['ok']);
    expect(p.editing).toBeNull();
    expect(p.dragging).toBeNull();
    expect(p.view).toBeNull();
    expect(p.boardId).toBeNull();
    expect(readParticipant(3, { user: {} })!.name).toBe('Guest');
  });

  it('fits a followed view into a screen of another size, centred', () => {
    const v = viewportShowing({ x: 100, y: 50, width: 1000, height: 500 }, { width: 500, height: 500 });
    expect(v.scale).toBe(0.5);
    // The rect's centre (600, 300) lands in the screen's centre (250, 250).
    expect(600 * v.scale + v.x).toBeCloseTo(250);
    expect(300 * v.scale + v.y).toBeCloseTo(250);
    expect(viewportShowing({ x: 0, y: 0, width: 1, height: 1 }, { width: 1000, height: 1000 }).scale).toBe(4);
  });

  it('keeps only STUN/TURN ICE servers with their credentials', () => {
    expect(
      parseIceServers([
        { urls: 'stun:stun.example.org:3478' },
        { urls: 'turn:turn.example.org:3478', username: 'alice', credential: 's3cret' },
        { urls: 'http://evil' },
        'nope',
        { urls: 42 },
      ]),
    ).toEqual([{ urls: 'stun:stun.example.org:3478' }, { urls: 'turn:turn.example.org:3478', username: 'alice', credential: 's3cret' }]);
    expect(parseIceServers('x')).toEqual([]);
  });
});
