/** Registers every namespace's handlers. */
import type { Ipc } from '../ipc';
import { registerAppHandlers } from './app';
import { registerFileHandlers, type FileActions, type FileHandlerDeps } from './files';
import { registerWindowHandlers } from './window';

export function registerHandlers(ipc: Ipc, deps: FileHandlerDeps): FileActions {
  registerAppHandlers(ipc);
  registerWindowHandlers(ipc);
  return registerFileHandlers(ipc, deps);
}
