/** Which file, if any, the app was asked to open on its command line. */
import { isAbsolute, resolve } from 'node:path';

/**
 * The first `.journey` argument in `argv`, resolved against `cwd`. The executable (argv[0]),
 * switches (`--foo`, which Chromium adds to a second instance's argv) and anything that is not a
 * `.journey` file (e.g. the app folder `.` in development) are skipped.
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!/\.journey$/i.test(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}
