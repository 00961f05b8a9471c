/**
 * A tiny static file server for the built site (dist/), for the browser tests only.
 * Loopback only; serves index.html for directories, correct content types (incl. .wasm and
 * Pagefind's index files), and the nearest 404.html (with status 404) for anything missing.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks are opaque binary files.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** The 404.html closest to the requested path: /zh-hant/docs/x/ → dist/zh-hant/404.html → dist/404.html. */
async function nearest404(root: string, requested: string): Promise<string | undefined> {
  let dir = path.dirname(requested.endsWith(path.sep) ? requested + 'x' : requested);
  while (dir.startsWith(root)) {
    const candidate = path.join(dir, '404.html');
    if (await isFile(candidate)) return candidate;
    if (dir === root) break;
    dir = path.dirname(dir);
  }
  return undefined;
}

function send(res: ServerResponse, status: number, file: string, head: boolean): void {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const head = req.method === 'HEAD';
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = path.resolve(root, '.' + pathname);
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  if (pathname.endsWith('/') && (await isFile(path.join(file, 'index.html')))) return send(res, 200, path.join(file, 'index.html'), head);
  if (!pathname.endsWith('/') && (await isFile(file))) return send(res, 200, file, head);
  if (!pathname.endsWith('/') && (await isDirectory(file))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const notFound = await nearest404(root, pathname.endsWith('/') ? file + path.sep : file);
  if (notFound) return send(res, 404, notFound, head);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
}

export async function startServer(rootDir: string): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = createServer((req, res) => {
    handle(root, req, res).catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
