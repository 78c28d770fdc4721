/** Registers every namespace's handlers. */
import type { Ipc } from '../ipc';
import { registerAppHandlers } from './app';
import { registerFileHandlers, type FileActions, type FileHandlerDeps } from './files';
import { registerWindowHandlers, type WindowHandlerDeps } from './window';

export function registerHandlers(ipc: Ipc, deps: FileHandlerDeps & WindowHandlerDeps): FileActions {
  registerAppHandlers(ipc);
  registerWindowHandlers(ipc, deps);
  return registerFileHandlers(ipc, deps);
}
