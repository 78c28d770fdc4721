/**
 * Rooms on disk: one SQLite table, the whole Yjs state of each room (Hocuspocus' Database
 * extension calls fetch on load and store after changes, debounced). node:sqlite ships with
 * Node 22 (no native build, nothing to install). Several instances on ONE machine may share
 * the file (WAL, busy timeout); across machines use a shared database (docs/DEPLOYMENT.md).
 */
import { DatabaseSync } from 'node:sqlite';

export interface RoomStore {
  fetch(room: string): Uint8Array | null;
  store(room: string, state: Uint8Array): void;
  rooms(): number;
  /** A consistent copy of the database (safe while the server runs). */
  backup(to: string): void;
  close(): void;
}

export function openStore(file: string): RoomStore {
  const db = new DatabaseSync(file);
  // The busy timeout first: instances starting together on one new file wait for each other's
  // switch to WAL instead of failing with "database is locked".
  db.exec('PRAGMA busy_timeout = 10000;');
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec('CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL)');
  const get = db.prepare('SELECT state FROM rooms WHERE name = ?');
  const put = db.prepare('INSERT INTO rooms (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at');
  const count = db.prepare('SELECT COUNT(*) AS n FROM rooms');
  return {
    fetch(room) {
      const row = get.get(room) as { state: Uint8Array } | undefined;
      return row ? new Uint8Array(row.state) : null;
    },
    store(room, state) {
      put.run(room, state, Date.now());
    },
    rooms() {
      return Number((count.get() as { n: number }).n);
    },
    backup(to) {
      db.prepare('VACUUM INTO ?').run(to);
    },
    close() {
      db.close();
    },
  };
}
