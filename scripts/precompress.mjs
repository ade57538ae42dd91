// The build's files compressed once, with brotli at its best (quality 11), beside each file as
// `<file>.br`, for the host to send to a browser that accepts it (nginx's `brotli_static`,
// deploy/nginx/; tests/e2e/server.mjs the same) instead of compressing on the fly with gzip.
//
// Why: brotli at 11 is too slow for a host to run per request, and on this build's wasm it is about a
// fifth smaller than gzip (measured on the build of 6636a5e: the checker app's main part 410.9 → 327
// KB, the islands' 116.6 → 93 KB): about 110 KB less on a resident's first way to a result, half a
// second on the slow 4G profile. Every browser of the last years accepts it.
// What: the files every visit loads (wasm, scripts, style, data, icons, manifest), not the pages
// written for each address (thousands for the country, about 13% smaller in brotli, and two minutes
// of build for it: the host gzips those as it sends them).
// A `.br` is written only when smaller than its file. scripts/size-report.mjs checks that every one
// unpacks to exactly its file and that none is missing, and reports what a host sends either way.
//   node scripts/precompress.mjs dist
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompress, constants } from 'node:zlib';
import { promisify } from 'node:util';

/** The kinds of file that get a `.br`, and the smallest worth it (nginx's `gzip_min_length`). */
export const PRECOMPRESSED = new Set(['.wasm', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest']);
export const MIN_BYTES = 256;
/** Whether the build should hold `<path>.br` for a file of `size` bytes (before comparing sizes). */
export const wantsBrotli = (path, size) => PRECOMPRESSED.has(extname(path)) && size >= MIN_BYTES;

const pack = promisify(brotliCompress);
const brotli = (body) => pack(body, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
});

/** Every file under `dir`, its folders walked. */
export function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Writes the `.br` of every file of `root` that should have one and lacks one as new as itself (a file
 * written again, as a test's copy of the build changes one, gets its `.br` again), and removes every
 * `.br` whose file is gone: a stale one would be sent for its file.
 */
export async function precompress(root) {
  const all = files(root);
  const have = new Set(all);
  for (const path of all.filter((p) => p.endsWith('.br') && !have.has(p.slice(0, -3)))) unlinkSync(path);
  const fresh = (path) => have.has(`${path}.br`) && statSync(`${path}.br`).mtimeMs >= statSync(path).mtimeMs;
  const todo = all.filter((p) => !p.endsWith('.br') && wantsBrotli(p, statSync(p).size) && !fresh(p));
  const sizes = { files: todo.length, written: 0, raw: 0, packed: 0 };
  // A few at once: zlib compresses on libuv's threads, so both cores work.
  for (let i = 0; i < todo.length; i += 8) {
    await Promise.all(todo.slice(i, i + 8).map(async (path) => {
      const body = readFileSync(path);
      const br = await brotli(body);
      sizes.raw += body.length;
      if (br.length < body.length) {
        writeFileSync(`${path}.br`, br);
        sizes.packed += br.length;
        sizes.written += 1;
      } else {
        if (have.has(`${path}.br`)) unlinkSync(`${path}.br`);
        sizes.packed += body.length;
      }
    }));
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files: count, written, raw, packed } = await precompress(process.argv[2] ?? 'dist');
  console.log(`precompress: ${written} of ${count} files written in brotli, ${(raw / 1000).toFixed(1)} → ${(packed / 1000).toFixed(1)} KB`);
}
