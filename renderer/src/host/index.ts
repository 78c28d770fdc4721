import { HOST_GLOBAL, type HostApi } from '../../../shared/host-api';
import { createWebHost } from './web-host';
import type { NameAsker } from './web-save';

declare const __APP_VERSION__: string;

/** The Electron preload's HostApi when present, else the browser's (`askSaveName`: its Save As name question). */
export function resolveHost(askSaveName: NameAsker): { host: HostApi; kind: 'electron' | 'web' } {
  const injected = (window as unknown as Record<string, HostApi | undefined>)[HOST_GLOBAL];
  if (injected) return { host: injected, kind: 'electron' };
  return { host: createWebHost(__APP_VERSION__, askSaveName), kind: 'web' };
}
