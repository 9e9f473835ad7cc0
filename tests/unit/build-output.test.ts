import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOfUrl } from '@/lib/build/output';
import { formatHeadersFile, headerRules, headersMatcher, parseHeadersFile, pathPattern } from '@/lib/build/headers';
import { nginxInclude } from '@/lib/build/nginx';
import { NextOutputChanged, prerenderMismatch, readNextOutput } from '@/lib/build/next-output';
import { cachePolicy } from '@/lib/cache-policy';
import { routes } from '@/lib/routes';

const hashes = ['sha256-abc='];

describe('files of the site', () => {
  it('writes a page as {url}.html, so that static hosts serve it without its extension or a trailing slash', () => {
    expect(fileOfUrl(routes.home, '/fr')).toBe('fr.html');
    expect(fileOfUrl(routes.article, '/en/articles/alpha')).toBe('en/articles/alpha.html');
    expect(fileOfUrl(routes.notFound, '/fr/404')).toBe('fr/404.html');
    expect(fileOfUrl(routes.feed, '/fr/feed.xml')).toBe('fr/feed.xml');
    expect(fileOfUrl(routes.articleImage, '/fr/articles/alpha/preview.png')).toBe('fr/articles/alpha/preview.png');
  });
});

describe('headers as data', () => {
  const rules = headerRules(hashes);
  const headersOf = headersMatcher(parseHeadersFile(formatHeadersFile(rules)));

  it('round-trips through the _headers format', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('gives each kind of file its type and cache policy, and every file the security headers', () => {
    const article = headersOf('/fr/articles/alpha');
    expect(article['Content-Type']).toBe('text/html; charset=utf-8');
    expect(article['Cache-Control']).toBe(cachePolicy.shared);
    expect(article['Content-Security-Policy']).toContain("'sha256-abc='");
    expect(article['X-Frame-Options']).toBe('DENY');
    expect(headersOf('/en/tags/russia/feed.xml')['Content-Type']).toBe('application/rss+xml; charset=utf-8');
    expect(headersOf('/sitemaps/1.xml')['Content-Type']).toBe('application/xml; charset=utf-8');
    expect(headersOf('/robots.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(headersOf('/icon.svg')['Content-Type']).toBe('image/svg+xml');
    expect(headersOf('/fr/articles/alpha/preview.png')['Content-Type']).toBe('image/png');
    expect(headersOf('/fr/404')['Cache-Control']).toBe(cachePolicy.missing);
  });

  it('never sets one header from two rules for one path, which static hosts would join', () => {
    const compiled = rules.map((rule) => ({ pattern: pathPattern(rule.path), names: Object.keys(rule.headers) }));
    for (const url of ['/fr', '/robots.txt', '/sitemap.xml', '/fr/tags/russia/page/2', '/en/archive/2022/01/page/2', '/']) {
      const names = compiled.filter((rule) => rule.pattern.test(url)).flatMap((rule) => rule.names);
      expect(new Set(names).size, url).toBe(names.length);
    }
  });

  it('matches :name on one segment and * on anything', () => {
    expect(pathPattern('/fr/tags/:tag').test('/fr/tags/russia')).toBe(true);
    expect(pathPattern('/fr/tags/:tag').test('/fr/tags/russia/feed.xml')).toBe(false);
    expect(pathPattern('/*').test('/fr/a/b')).toBe(true);
    expect(pathPattern('/robots.txt').test('/robotsatxt')).toBe(false);
  });

  it('refuses a _headers line it cannot read, naming it', () => {
    expect(() => parseHeadersFile('/fr\n  no colon here\n')).toThrow(/line 2/);
  });
});

describe('the nginx include', () => {
  const include = nginxInclude(hashes);
  /** The block of the location whose pattern ends with `end`. */
  const block = (end: string) => include.split('\n\n').find((b) => b.includes(`${end} {`)) ?? '';

  it('serves each route from its file, with its type and headers, and its locale’s 404 page', () => {
    const article = block('/articles/[^/]+$');
    expect(article).toContain('location ~ ^/(?<locale>fr|en)/articles/[^/]+$ {');
    expect(article).toContain('try_files $uri.html =404;');
    expect(article).toContain('default_type "text/html; charset=utf-8";');
    expect(article).toContain('error_page 404 /$locale/404;');
    expect(article).toContain(`add_header Cache-Control "${cachePolicy.shared}" always;`);
    expect(article).toContain("'sha256-abc='");
    const feed = block('/feed\\.xml$');
    expect(feed).toContain('default_type "application/rss+xml; charset=utf-8";');
    expect(feed).toContain('try_files $uri =404;');
    const notFound = block('/404$');
    expect(notFound).toContain('internal;');
    expect(notFound).toContain(`add_header Cache-Control "${cachePolicy.missing}" always;`);
    expect(block('/search$')).toContain('proxy_pass http://site_dynamic;');
  });
});

describe('reading Next’s output', () => {
  function nextDir(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-output-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('reads pages and route handlers where Next 16 writes them', () => {
    const dir = nextDir({
      'prerender-manifest.json': JSON.stringify({ routes: { '/fr': {}, '/fr/feed.xml': {}, '/_not-found': {} } }),
      'server/app/fr.html': '<html>',
      'server/app/fr/feed.xml.body': '<rss>',
    });
    const output = readNextOutput(dir);
    expect(output.urls).toEqual(['/fr', '/fr/feed.xml']);
    expect(output.read('/fr').toString()).toBe('<html>');
    expect(output.read('/fr/feed.xml').toString()).toBe('<rss>');
  });

  it('says that Next changed, and which module to update, when its output is elsewhere', () => {
    const dir = nextDir({ 'prerender-manifest.json': JSON.stringify({ routes: { '/fr': {} } }), 'server/pages/fr.html': '<html>' });
    expect(() => readNextOutput(dir).read('/fr')).toThrow(NextOutputChanged);
    expect(() => readNextOutput(dir).read('/fr')).toThrow(/lib\/build\/next-output\.ts .*A Next upgrade has changed/);
    expect(() => readNextOutput(nextDir({ 'prerender-manifest.json': '{"pages":{}}' }))).toThrow(/no "routes" object/);
  });

  it('names the URLs where the build and the route table differ, in either direction', () => {
    expect(prerenderMismatch(['/fr', '/en', '/fr/tags'], ['/fr', '/en', '/fr/extra'])).toEqual({ missing: ['/fr/tags'], unexpected: ['/fr/extra'] });
    expect(prerenderMismatch(['/fr'], ['/fr'])).toEqual({ missing: [], unexpected: [] });
  });
});
