import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Drops every connection unanswered, as a room with no network would, until set back. */
  setOffline: (offline: boolean) => void;
  /** Serves this text in place of a built file (a new version of the site, say). */
  replaceFile: (urlPath: string, text: string) => void;
}

/**
 * Serves a built site the way a static host does: directory index, 404.html for the rest; with
 * `base`, the site lives in that folder of the host (`/mentoring/`) and nothing is served outside it.
 */
export async function serveStatic(root: string, port = 0, base = '/'): Promise<StaticServer> {
  let offline = false;
  const replaced = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = urlPath.startsWith(base);
    const path = normalize(`/${urlPath.slice(base.length)}`);
    let file = join(root, path);
    try {
      if (!inside) throw new Error('outside the site');
      const replacement = replaced.get(urlPath);
      if (replacement !== undefined) {
        res.writeHead(200, { 'Content-Type': types[extname(urlPath)] ?? 'text/plain' });
        res.end(replacement);
        return;
      }
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': types['.html'] });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    setOffline: (value) => (offline = value),
    replaceFile: (urlPath, text) => replaced.set(urlPath, text),
  };
}
