import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import { HOST_GLOBAL, type HostApi, type HostCommand } from '../../../shared/host-api';
import { COMMAND_CHANNEL, PRINT_PROGRESS_CHANNEL } from '../../../electron/channels';
import { fake, fakeEvent } from './fake-electron';

let api: HostApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = fake.contextBridge.exposed[HOST_GLOBAL] as HostApi;
});

describe('preload', () => {
  it(`exposes exactly one global, "${HOST_GLOBAL}", with exactly the HostApi members`, () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(fake.contextBridge.exposed)).toEqual([HOST_GLOBAL]);
    const shape = Object.fromEntries(Object.entries(api).map(([ns, members]) => [ns, Object.keys(members as object).sort()]));
    expect(shape).toEqual({
      app: ['info'],
      files: ['checkDisk', 'forgetCurrent', 'open', 'openRecent', 'pickToMerge', 'readCurrent', 'recent', 'save', 'saveAs', 'takePending'],
      recovery: ['append', 'discard', 'list', 'read'],
      window: ['close', 'keepOpen', 'onCommand', 'setDocumentState', 'setLocale', 'setMenu'],
      print: ['cancel', 'onProgress', 'print', 'saveExport', 'savePdf'],
      room: ['host', 'status', 'stop', 'takePendingJoin'],
    });
    for (const members of Object.values(api)) for (const member of Object.values(members as object)) expect(typeof member).toBe('function');
  });

  it.each([
    ['app:info', () => api.app.info(), []],
    ['files:open', () => api.files.open(), []],
    ['room:host', () => api.room.host({ signalingPort: 4444 }), [{ signalingPort: 4444, webPort: undefined }]],
    ['room:stop', () => api.room.stop(), []],
    ['room:status', () => api.room.status(), []],
    ['room:takePendingJoin', () => api.room.takePendingJoin(), []],
    ['files:takePending', () => api.files.takePending(), []],
    ['files:save', () => api.files.save('{"a":1}', 'Plan'), ['{"a":1}', 'Plan', undefined]],
    ['files:save', () => api.files.save('{"a":1}', 'Plan', { overwrite: true }), ['{"a":1}', 'Plan', { overwrite: true }]],
    ['files:checkDisk', () => api.files.checkDisk(), []],
    ['files:readCurrent', () => api.files.readCurrent(true), [true]],
    ['files:pickToMerge', () => api.files.pickToMerge(), []],
    ['recovery:append', () => api.recovery.append('j-12345678', [new Uint8Array([1, 2])], { title: 'T', fileName: null }, false), ['j-12345678', [new Uint8Array([1, 2])], { title: 'T', fileName: null }, false]],
    ['recovery:discard', () => api.recovery.discard('j-12345678'), ['j-12345678']],
    ['recovery:list', () => api.recovery.list(), []],
    ['recovery:read', () => api.recovery.read('j-12345678'), ['j-12345678']],
    ['files:saveAs', () => api.files.saveAs('{}', 'Copy'), ['{}', 'Copy']],
    ['files:forgetCurrent', () => api.files.forgetCurrent(), []],
    ['files:recent', () => api.files.recent(), []],
    ['files:openRecent', () => api.files.openRecent('/docs/a.journey'), ['/docs/a.journey']],
  ] as const)('%s is one ipcRenderer.invoke on that channel, returning its promise', async (channel, call, args) => {
    fake.ipcRenderer.invoke.mockClear();
    fake.ipcRenderer.invoke.mockResolvedValueOnce('answer');
    await expect(call()).resolves.toBe('answer');
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([[channel, ...args]]);
  });

  it('setDocumentState, setMenu, setLocale and close are one-way messages; the state is copied field by field', () => {
    fake.ipcRenderer.send.mockClear();
    const richer = { title: 'T', fileName: 'T.journey', dirty: true, secret: 'not sent' };
    api.window.setDocumentState(richer);
    const menu = [{ id: 'file' as const, label: 'File', items: [null] }];
    api.window.setMenu(menu);
    api.window.setLocale('ru');
    api.window.close();
    expect(fake.ipcRenderer.send.mock.calls).toEqual([
      ['window:setDocumentState', { title: 'T', fileName: 'T.journey', dirty: true }],
      ['window:setMenu', menu],
      ['window:setLocale', 'ru'],
      ['window:close'],
    ]);
  });

  it('onCommand passes only valid commands (never the IPC event) and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = api.window.onCommand((...args: unknown[]) => received.push(args));
    expect(fake.ipcRenderer.listenerCount(COMMAND_CHANNEL)).toBe(1);
    const commands: HostCommand[] = ['action:new', 'action:save', 'action:addBoard:buying3', 'saveThenClose'];
    for (const command of commands) fake.ipcRenderer.emit(COMMAND_CHANNEL, fakeEvent({ sender: {} }), command);
    fake.ipcRenderer.emit(COMMAND_CHANNEL, fakeEvent(), 'rm -rf');
    fake.ipcRenderer.emit(COMMAND_CHANNEL, fakeEvent(), 'action:../../etc');
    fake.ipcRenderer.emit(COMMAND_CHANNEL, fakeEvent(), 'save');
    fake.ipcRenderer.emit(COMMAND_CHANNEL, fakeEvent(), { command: 'save' });
    expect(received).toEqual(commands.map((c) => [c]));
    off();
    expect(fake.ipcRenderer.listenerCount(COMMAND_CHANNEL)).toBe(0);
    fake.ipcRenderer.emit(COMMAND_CHANNEL, fakeEvent(), 'save');
    expect(received).toHaveLength(commands.length);
  });

  it('print.onProgress passes only known phases (never the IPC event or extra fields) and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = api.print.onProgress((...args: unknown[]) => received.push(args));
    fake.ipcRenderer.emit(PRINT_PROGRESS_CHANNEL, fakeEvent({ sender: {} }), { phase: 'layout' });
    fake.ipcRenderer.emit(PRINT_PROGRESS_CHANNEL, fakeEvent(), { phase: 'pdf', html: '<script>' });
    fake.ipcRenderer.emit(PRINT_PROGRESS_CHANNEL, fakeEvent(), { phase: 'rm -rf' });
    fake.ipcRenderer.emit(PRINT_PROGRESS_CHANNEL, fakeEvent(), 'saving');
    expect(received).toEqual([[{ phase: 'layout' }], [{ phase: 'pdf' }]]);
    off();
    expect(fake.ipcRenderer.listenerCount(PRINT_PROGRESS_CHANNEL)).toBe(0);
  });
});
