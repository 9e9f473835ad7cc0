import { expect, test } from '@playwright/test';
import { startServer } from '../../scripts/server-process';

// Servers next to the suite's own (E2E_PORT), one per address. Tests listen on
// the loopback interface only: `0.0.0.0` takes the same path.
const base = Number(process.env.E2E_PORT ?? 3211) + 2;
const addresses = ['localhost', '127.0.0.1', '::1'];

/** A request as a reverse proxy sends it: its own Host, and where the reader came from. */
const proxied = { Host: 'news.example', 'X-Forwarded-Host': 'news.example', 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.7' };

addresses.forEach((host, i) => {
  test(`a server on ${host} answers every kind of URL, directly and behind a reverse proxy`, async () => {
    test.setTimeout(120_000);
    const server = await startServer({ host, port: base + i });
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${server.origin}${path}`, { redirect: 'manual', headers: { 'Accept-Language': 'en', ...headers }, signal: AbortSignal.timeout(10_000) });
    try {
      for (const headers of [{}, proxied]) {
        const where = headers === proxied ? ' (proxied)' : '';
        for (const [path, status, lang] of [
          ['/nope', 404, 'en'],
          ['/fr/nope', 404, 'fr'],
          ['/fr/articles/nope', 404, 'fr'],
          ['/en', 200, 'en'],
          ['/fr/articles/kazakhstan-crisis', 200, 'fr'],
          ['/en/search?q=tokayev', 200, 'en'],
        ] as const) {
          const response = await get(path, headers);
          expect(response.status, `${path}${where}`).toBe(status);
          expect(await response.text(), `${path}${where}`).toContain(`<html lang="${lang}"`);
        }
        const home = await get('/', headers);
        expect(home.status, `/${where}`).toBe(307);
        // Relative: the reader stays on the host they asked for, whatever the server's own address.
        expect(home.headers.get('location'), `/${where}`).toBe('/en');
      }
      expect(server.stderr()).toBe('');
    } finally {
      await server.stop();
    }
  });
});
