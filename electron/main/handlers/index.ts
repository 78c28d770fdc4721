/** Registers every namespace's handlers. */
import type { Ipc } from '../ipc';
import { registerAppHandlers } from './app';
import { registerFileHandlers, type FileActions, type FileHandlerDeps } from './files';
import { registerPrintHandlers, type PrintHandlerDeps } from './print';
import { registerRecoveryHandlers, type RecoveryHandlerDeps } from './recovery';
import { registerRoomHandlers, type RoomHandlerDeps } from './room';
import { registerWindowHandlers, type WindowHandlerDeps } from './window';

export function registerHandlers(ipc: Ipc, deps: FileHandlerDeps & WindowHandlerDeps & RecoveryHandlerDeps & { room?: RoomHandlerDeps; print?: PrintHandlerDeps }): FileActions {
  registerAppHandlers(ipc);
  registerRecoveryHandlers(ipc, deps);
  registerWindowHandlers(ipc, deps);
  registerRoomHandlers(ipc, deps.room);
  registerPrintHandlers(ipc, { documentsFolder: deps.documentsFolder, ...deps.print });
  return registerFileHandlers(ipc, deps);
}
