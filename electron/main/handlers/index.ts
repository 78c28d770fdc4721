/** Registers every namespace's handlers. */
import type { Ipc } from '../ipc';
import { registerAppHandlers } from './app';
import { registerFileHandlers, type FileActions, type FileHandlerDeps } from './files';
import { registerRecoveryHandlers, type RecoveryHandlerDeps } from './recovery';
import { registerRoomHandlers, type RoomHandlerDeps } from './room';
import { registerWindowHandlers, type WindowHandlerDeps } from './window';

export function registerHandlers(ipc: Ipc, deps: FileHandlerDeps & WindowHandlerDeps & RecoveryHandlerDeps & { room?: RoomHandlerDeps }): FileActions {
  registerAppHandlers(ipc);
  registerRecoveryHandlers(ipc, deps);
  registerWindowHandlers(ipc, deps);
  registerRoomHandlers(ipc, deps.room);
  return registerFileHandlers(ipc, deps);
}
