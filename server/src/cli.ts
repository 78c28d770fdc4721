/**
 * `npm run room-server -- [serve] --port N [--redis URL] [--sqlite FILE] [--secret-file FILE] …`
 * `npm run room-server -- token --room NAME [--days 30] [--read-only] [--secret-file FILE]`
 * `npm run room-server -- secret [--secret-file FILE]`      (adds a new first secret: rotation)
 * `npm run room-server -- backup --sqlite FILE --to COPY`   (consistent copy while running)
 * Runs on Node 22 (server/node_modules/.bin/node, from the `node` package). docs/DEPLOYMENT.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hostname } from 'node:os';
import { DEFAULTS, startRoomServer } from './room-server.ts';
import { ensureSecretFile, issueToken, loadSecrets, newSecret } from './tokens.ts';
import { openStore } from './store.ts';

const USAGE = `Journey room server (Hocuspocus)
  room-server [serve] --port N [--host 0.0.0.0] [--redis redis://host:6379] [--sqlite FILE]
                      [--secret-file FILE] [--name ID] [--max-connections N] [--max-per-address N]
                      [--max-message-mb N] [--max-document-mb N] [--trust-proxy]
  room-server token --room NAME [--days 30] [--read-only] [--secret-file FILE] [--link URL]
  room-server secret [--secret-file FILE]
  room-server backup [--sqlite FILE] --to FILE
Defaults: --port ${DEFAULTS.port}, --sqlite journey-rooms.sqlite, --secret-file journey-rooms.secret (beside the database).`;

function parse(argv: readonly string[]): { command: string; flags: Map<string, string | true> } {
  const args = [...argv];
  const command = args[0] && !args[0].startsWith('--') ? args.shift()! : 'serve';
  const flags = new Map<string, string | true>();
  while (args.length) {
    const arg = args.shift()!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument: ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(key, inline);
    else if (args[0] !== undefined && !args[0].startsWith('--')) flags.set(key, args.shift()!);
    else flags.set(key, true);
  }
  return { command, flags };
}

function text(flags: Map<string, string | true>, key: string, fallback: string): string {
  const value = flags.get(key);
  if (value === true) throw new Error(`--${key} needs a value`);
  return value ?? fallback;
}

function int(flags: Map<string, string | true>, key: string, fallback: number, min = 0): number {
  const value = flags.get(key);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${key} must be a whole number ≥ ${min}, not ${String(value)}`);
  return n;
}

async function main(): Promise<void> {
  const { command, flags } = parse(process.argv.slice(2));
  if (flags.has('help') || command === 'help') {
    console.log(USAGE);
    return;
  }
  const sqlite = resolve(text(flags, 'sqlite', 'journey-rooms.sqlite'));
  const secretFile = resolve(text(flags, 'secret-file', resolve(dirname(sqlite), 'journey-rooms.secret')));

  if (command === 'secret') {
    const existing = existsSync(secretFile) ? readFileSync(secretFile, 'utf8') : '';
    const lines = existing.split(/\r?\n/);
    const comments = lines.filter((l) => l.trim().startsWith('#'));
    const secrets = lines.filter((l) => l.trim() && !l.trim().startsWith('#'));
    writeFileSync(secretFile, [...(comments.length ? comments : ['# Journey room-server secrets: the first signs new tokens, all verify.']), newSecret(), ...secrets, ''].join('\n'), { mode: 0o600 });
    console.log(`Added a new signing secret to ${secretFile} (${secrets.length} older kept: remove them to revoke their tokens). Reload servers: SIGHUP or restart.`);
    return;
  }

  if (command === 'token') {
    const room = text(flags, 'room', '');
    if (!room) throw new Error('token needs --room NAME');
    const secrets = loadSecrets(secretFile);
    if (!secrets.length) throw new Error(`No secret in ${secretFile} or JOURNEY_ROOM_SECRETS: run \`room-server secret\` first.`);
    const days = Number(text(flags, 'days', '30'));
    if (!(days > 0 && days <= 3660)) throw new Error('--days must be between 0 and 3660');
    const token = issueToken(secrets[0]!, { room, expires: Date.now() / 1000 + days * 86400, mode: flags.has('read-only') ? 'r' : 'rw' });
    const link = flags.get('link');
    if (typeof link === 'string') {
      const url = new URL(link.includes('://') && !link.startsWith('ws') ? link : 'http://localhost:5180/');
      const server = text(flags, 'server', '');
      if (server) url.searchParams.set('server', server);
      url.searchParams.set('room', room);
      url.searchParams.set('token', token);
      console.log(url.href);
    } else console.log(token);
    return;
  }

  if (command === 'backup') {
    const to = resolve(text(flags, 'to', ''));
    if (!flags.has('to')) throw new Error('backup needs --to FILE');
    if (existsSync(to)) throw new Error(`${to} exists: choose a new file`);
    const store = openStore(sqlite);
    store.backup(to);
    store.close();
    console.log(`Backed up ${sqlite} to ${to}`);
    return;
  }

  if (command !== 'serve') throw new Error(`Unknown command ${command}\n${USAGE}`);
  if (ensureSecretFile(secretFile)) console.log(`Created ${secretFile} with a new secret (issue tokens: room-server token --room NAME).`);
  let secrets = loadSecrets(secretFile);
  if (!secrets.length) throw new Error(`No secret in ${secretFile}: run \`room-server secret\`.`);
  const redisFlag = flags.get('redis');
  const redis = redisFlag === undefined ? null : redisFlag === true ? 'redis://127.0.0.1:6379' : redisFlag;
  const port = int(flags, 'port', DEFAULTS.port);
  const host = text(flags, 'host', DEFAULTS.host);
  const name = text(flags, 'name', `${hostname()}:${port}:${process.pid}`);
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const server = await startRoomServer({
    port,
    host,
    redis,
    sqlite,
    secrets: () => secrets,
    maxConnections: int(flags, 'max-connections', DEFAULTS.maxConnections, 1),
    maxConnectionsPerAddress: int(flags, 'max-per-address', DEFAULTS.maxConnectionsPerAddress, 1),
    maxMessageBytes: int(flags, 'max-message-mb', DEFAULTS.maxMessageBytes / 2 ** 20, 1) * 2 ** 20,
    maxDocumentBytes: int(flags, 'max-document-mb', DEFAULTS.maxDocumentBytes / 2 ** 20, 1) * 2 ** 20,
    debounceMs: int(flags, 'debounce-ms', DEFAULTS.debounceMs),
    maxDebounceMs: int(flags, 'max-debounce-ms', DEFAULTS.maxDebounceMs),
    trustProxy: flags.has('trust-proxy'),
    name,
    log,
  });
  console.log(`Journey room server at ws://${host}:${server.port} (${name}; ${redis ? `redis ${redis}` : 'no redis: one instance'}; sqlite ${sqlite})`);
  process.on('SIGHUP', () => {
    try {
      secrets = loadSecrets(secretFile);
      log(`reloaded ${secrets.length} secret(s)`);
    } catch (error) {
      log(`kept the old secrets: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const shutdown = (signal: string) => {
    log(`${signal}: storing open rooms and stopping`);
    server.stop().then(
      () => {
        log('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`room-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
