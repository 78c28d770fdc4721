/** Which file, if any, the app was asked to open on its command line. */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The first `.journey` argument in `argv`, resolved against `cwd`. The executable (argv[0]),
 * switches (`--foo`, which Chromium adds to a second instance's argv) and anything that is not a
 * `.journey` file (e.g. the app folder `.` in development) are skipped. Linux file managers
 * start us with `file://` URIs (the desktop entry's `Exec=… %U`): those become paths, with
 * their percent-escapes decoded (`My%20Board.journey` is `My Board.journey`).
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const raw of argv.slice(1)) {
    if (raw.startsWith('-')) continue;
    const arg = pathOfArgument(raw);
    if (arg === null || !/\.journey$/i.test(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}

/** A plain path as it is; a `file:` URI as the local path it names; other URIs (journey://, http://) are not files. */
function pathOfArgument(arg: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null; // a file URI with a remote host or a malformed escape names no local file
    }
  }
  // Two or more letters then "://" is a URL of another scheme; "C:\…" (one letter) is a Windows path.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return arg;
}
