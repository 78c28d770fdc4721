/**
 * Reads a `.journey` file as UTF-8 text, refusing files larger than the limit *before* reading
 * them (a 2 GB file picked by mistake must give a clear error, not a hang or an out-of-memory).
 */
import { message } from '../../../shared/i18n';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES, type HostResult, type OpenedFile } from '../../../shared/host-api';
import { readFailure } from './io-errors';

export interface ReadOptions {
  /** Largest size accepted, in bytes. Default `MAX_FILE_BYTES`. */
  readonly limit?: number;
}

const CHUNK_BYTES = 1024 * 1024;

export async function readTextFile(path: string, options: ReadOptions = {}): Promise<HostResult<OpenedFile>> {
  const limit = options.limit ?? MAX_FILE_BYTES;
  const name = basename(path);
  try {
    // stat first: a folder, a device or a FIFO is refused without opening (opening a FIFO blocks).
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, failure: { code: 'io', message: message('read.isFolder', { name }) } };
    if (!info.isFile()) return { ok: false, failure: { code: 'io', message: message('read.notRegular', { name }) } };
    if (info.size > limit) return { ok: false, failure: { code: 'too-large', bytes: info.size, limit } };

    const handle = await open(path, 'r');
    try {
      // Read at most limit + 1 bytes: the file may have grown since stat.
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, limit + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) {
          const now = await handle.stat();
          return { ok: false, failure: { code: 'too-large', bytes: Math.max(now.size, total), limit } };
        }
      }
      // TextDecoder drops a leading byte-order mark, which some editors add.
      const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks, total));
      return { ok: true, value: { name, text } };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, failure: readFailure(error, path) };
  }
}
