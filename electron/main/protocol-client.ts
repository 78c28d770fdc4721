/** How the app registers itself as the handler of `journey://` links (plain, tested). */
import { resolve } from 'node:path';

export interface ProtocolClientArgs {
  readonly scheme: string;
  /** Present in development only: what the OS must start for a link to reach this app. */
  readonly path?: string;
  readonly args?: readonly string[];
}

/**
 * Packaged, the executable is the app and the OS starts it with the link. In development
 * (`electron .`, `process.defaultApp`) the executable is the bare Electron binary: without its
 * path and our script's, Windows would register electron.exe alone, and a clicked link would
 * start an empty Electron instead of Journey.
 */
export function protocolClientArgs(
  scheme: string,
  proc: { readonly defaultApp?: boolean; readonly execPath: string; readonly argv: readonly string[] },
  cwd: string,
): ProtocolClientArgs {
  const script = proc.argv[1];
  if (!proc.defaultApp || script === undefined) return { scheme };
  return { scheme, path: proc.execPath, args: [resolve(cwd, script)] };
}
