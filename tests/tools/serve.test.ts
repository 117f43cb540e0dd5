import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type StaticServer } from './serve';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise "..") . */
function get(base: string, rawPath: string): Promise<{ status: number; type: string | undefined; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'mindful-serve-'));
    dir = path.join(base, 'site');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'sub', 'style.css'), 'p{}');
    writeFileSync(path.join(base, 'secret.txt'), 'outside');
    server = await serve(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 with a port of its own', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test.each([
    { path: '/', status: 200, type: 'text/html; charset=utf-8', body: '<p>home</p>' },
    { path: '/app.js', status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log(1)' },
    { path: '/sub/style.css', status: 200, type: 'text/css; charset=utf-8', body: 'p{}' },
    { path: '/missing.html', status: 404 },
    { path: '/sub', status: 404 },
    // URL parsing already folds a literal or dotted-encoded ".." back inside the root: not found there.
    { path: '/../secret.txt', status: 404 },
    { path: '/%2e%2e/secret.txt', status: 404 },
    { path: '/sub/..%2f..%2fsecret.txt', status: 403 },
    { path: '/%00', status: 400 },
  ])('answers $path with $status', async ({ path: p, status, type, body }) => {
    const res = await get(server.url, p);
    expect(res.status).toBe(status);
    if (type) expect(res.type).toBe(type);
    if (body !== undefined) expect(res.body).toBe(body);
    expect(res.body).not.toContain('outside');
  });
});
