/** `app:*` — what the renderer may know about the host. */
import { join } from 'node:path';
import { app } from 'electron';
import { z } from 'zod';
import type { AppInfo } from '../../../shared/host-api';
import type { Ipc } from '../ipc';

export function registerAppHandlers(ipc: Ipc): void {
  ipc.handle('app:info', z.tuple([]), (): AppInfo => ({
    name: app.getName(),
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    // The same folders index.ts (journals) and handlers/files.ts (backups) use.
    locations: { recovery: join(app.getPath('userData'), 'recovery'), backups: join(app.getPath('userData'), 'backups'), logs: app.getPath('logs') },
  }));
}
