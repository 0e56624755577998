// A small static file server for www/: the right MIME types (application/wasm included), the
// page's Content-Security-Policy as a header too, and nothing outside the served folder.
// Usage: node scripts/serve.mjs [port]   (or PORT=...; the next free port is taken if busy)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Serves `root` on 127.0.0.1; resolves to { server, port, url } once listening. `csp: false`
 * leaves the header out (for test pages of other projects, which use inline scripts).
 */
export async function startServer({ root, port = 8080, tries = 20, csp = true } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(csp ? { 'Content-Security-Policy': CSP } : {}),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  for (let attempt = 0; ; attempt++) {
    const listening = await new Promise((done) => {
      server.once('error', (error) => done(error));
      server.listen(port + attempt, '127.0.0.1', () => done(null));
    });
    if (!listening) break;
    if (listening.code !== 'EADDRINUSE' || attempt + 1 >= tries || port === 0) throw listening;
  }
  const actual = server.address().port;
  return { server, port: actual, url: `http://localhost:${actual}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../www/', import.meta.url));
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const { url } = await startServer({ root, port });
  console.log(`newslens is running at ${url}  (Ctrl+C to stop)`);
}
