import type { CollabDebug } from '../../../shared/collab/debug-api';
import type { JourneyDebug } from '../../../shared/debug-api';
import { addNote, deleteNotes, LOCAL_ORIGIN, moveNotes, moveStage, setNoteText } from '../../../shared/doc';
import type { Editor } from '../editor/editor';
import { DOCUMENT } from '../editor/slices';
import { collabFor } from './manager';

/** Adds `journeyDebug.collab` (after installDebugHook, only with `?debug=1`). */
export function installCollabDebug(app: Editor): void {
  const hook = (window as unknown as { journeyDebug?: JourneyDebug }).journeyDebug;
  if (!hook) return;
  const collab = collabFor(app);
  let bytes = 0;
  let watched: unknown = null;
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_ORIGIN) bytes += update.byteLength;
  };
  const watch = () => {
    const doc = app.doc;
    if (watched === doc) return;
    watched = doc;
    doc.on('update', onUpdate);
  };
  watch();
  app.slices.slice(DOCUMENT).subscribe(watch);
  const status = () => {
    const s = collab.state;
    return { phase: s.phase, role: s.role, transport: s.transport, room: s.room, synced: s.synced, peers: s.peers, othersInRoom: s.othersInRoom, undecryptable: s.undecryptable, message: s.message && app.text(s.message), joinUrl: s.joinUrl, code: s.code, join: s.join, droppedFrames: s.droppedFrames, resyncs: s.resyncs };
  };
  const api: CollabDebug = {
    status,
    localPresence: () => collab.localPresence(),
    participants: () => collab.state.participants.map(({ name, colour, boardId, cursor, selection, editing, dragging, presenting, laser }) => ({ name, colour, boardId, cursor, selection, editing, dragging, presenting, laser })),
    host: async (options) => {
      await collab.host(options);
      return status();
    },
    join: (options) => collab.join(options, { askFirst: false }),
    connectYjsServer: (url, room, share, options) => collab.connectYjsServer(url, room, share, options, { askFirst: false }),
    joinServer: (options) => collab.joinServer(options, { askFirst: false }),
    leave: () => collab.leave(),
    disconnect: () => collab.disconnect(),
    reconnect: () => collab.reconnect(),
    setUser: (name, colour) => collab.setUser({ name, colour }),
    follow(name) {
      const target = name === null ? null : collab.state.participants.find((p) => p.name === name);
      if (target === undefined) return false;
      collab.follow(target?.clientId ?? null);
      return true;
    },
    bringEveryone: () => collab.bringEveryone(),
    command(name, ...args) {
      const doc = app.doc;
      const a = args as [never, never];
      switch (name) {
        case 'addNote':
          return addNote(doc, a[0]);
        case 'moveNotes':
          return moveNotes(doc, a[0], a[1]);
        case 'moveStage':
          return moveStage(doc, a[0], a[1]);
        case 'deleteNotes':
          return deleteNotes(doc, a[0]);
        case 'setNoteText':
          return setNoteText(doc, a[0], a[1]);
      }
    },
    takeLocalUpdateBytes() {
      const value = bytes;
      bytes = 0;
      return value;
    },
  };
  hook.collab = api;
}
