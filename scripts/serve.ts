/**
 * A small static server for `dist/` on 127.0.0.1, under the archive's sub-path (`ARCHIVE_BASE`),
 * like any static host would serve it. `PORT` chooses the port (default 4321).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { archiveBase, outputDir } from './config.ts';
import { CONTENT_SECURITY_POLICY_HEADER } from '../src/lib/csp.ts';

/** Headers sent with every page and file, as a host should (README, "Hosting"). */
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Starts serving `dir` under `base`; resolves once listening. */
export function serve(
  dir: string,
  base: string,
  port: number,
  host = '127.0.0.1',
): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      if (path === base.replace(/\/$/, '')) {
        response.writeHead(301, { location: base }).end();
        return;
      }
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Không tìm thấy');
      return;
    }
    path = path.slice(base.length);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    let target = file;
    try {
      if (statSync(target).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        target = join(target, 'index.html');
      }
      statSync(target);
    } catch {
      const notFound = join(root, '404.html');
      response.writeHead(404, { ...SECURITY_HEADERS, 'content-type': TYPES['.html']! });
      createReadStream(notFound)
        .on('error', () => response.end('Không tìm thấy'))
        .pipe(response);
      return;
    }
    // Pagefind's files are named by their content hash: they may be cached; pages are revalidated.
    const immutable = /\/pagefind\/(index|fragment|filter)\/|\.pf_meta$|\/_astro\//.test(target);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(target).pipe(response);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = archiveBase();
  const port = Number(process.env['PORT'] ?? 4321);
  await serve(outputDir(), base, port);
  console.log(`Kho văn bản đang chạy tại http://127.0.0.1:${port}${base} (Ctrl+C để dừng)`);
}
