import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import compression from 'compression';
import { afterEach, describe, expect, it } from 'vitest';
import { serveWithoutNextRuntime, withoutNextRuntime } from '@/lib/runtime-free.mjs';

// A page as Next 16 writes it: chunks and their preload in the head, the
// Turbopack bootstrap, the nomodule polyfill, then the RSC payload in inline
// scripts; the page's own scripts and its JSON-LD among them.
const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c b"}</script>';
const page = [
  '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
  '<style data-precedence="next">body{color:red}</style>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="abc" href="/_next/static/chunks/0j1we3cwg31qe.js"/>',
  '<script src="/_next/static/chunks/3jho1jwokke64.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async="" nonce="abc"></script>',
  '<script src="/site.js" async=""></script><script src="/reader.js" async=""></script>',
  '<link rel="expect" href="#main" blocking="render"/><link rel="icon" href="/icon.svg"/><link rel="preload" as="script" href="/elsewhere.js"/>',
  '<title>Le Kazakhstan</title>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
  '<body><main id="main"><p>&lt;script&gt;alert(1)&lt;/script&gt; stays text</p>',
  jsonLd,
  '</main><script data-own-script="site">document.addEventListener("click",function(){})</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="abc">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003c/script\\u003e"])</script>',
  '<script type="module">import("/x.js")</script><script type="text/javascript">run()</script>',
  '</body></html>',
].join('');

describe('withoutNextRuntime', () => {
  const served = withoutNextRuntime(page);

  it('takes out Next’s chunks, their preloads, its bootstrap and its RSC payload', () => {
    expect(served).not.toContain('/_next/');
    expect(served).not.toContain('__next_f');
    expect(served).not.toContain('TURBOPACK');
    expect(served).not.toContain('noModule');
  });

  it('takes out every inline script that would run, whatever its type', () => {
    expect(served).not.toContain('type="module"');
    expect(served).not.toContain('run()');
    expect(served.match(/<script\b/g)).toHaveLength(4);
  });

  it('keeps the page’s own scripts, its JSON-LD and everything else as it was', () => {
    expect(served).toContain('<script data-own-script="site">document.addEventListener("click",function(){})</script>');
    expect(served).toContain('<script src="/site.js" async=""></script><script src="/reader.js" async=""></script>');
    expect(served).toContain(jsonLd);
    expect(served).toContain('<link rel="preload" as="script" href="/elsewhere.js"/>');
    expect(served).toContain('<link rel="expect" href="#main" blocking="render"/>');
    expect(served).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; stays text</p>');
    expect(served).toContain('<style data-precedence="next">body{color:red}</style>');
  });

  it('leaves a page without Next’s runtime as it is', () => {
    expect(withoutNextRuntime(served)).toBe(served);
  });
});

describe('serveWithoutNextRuntime', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server that answers as Next does: whole (with its length) or streamed in small chunks, behind `compression` as in server.mjs. */
  async function serve(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<string> {
    const compress = compression();
    server = http.createServer((request, response) =>
      compress(request as never, response as never, () => {
        serveWithoutNextRuntime(request, response);
        answer(request, response);
      }),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }

  function whole(type: string, body: string) {
    return (_: http.IncomingMessage, response: http.ServerResponse) => {
      response.setHeader('Content-Type', type);
      response.setHeader('Content-Length', Buffer.byteLength(body));
      response.end(body);
    };
  }

  it('sends a whole page without the runtime, with its new length', async () => {
    const origin = await serve(whole('text/html; charset=utf-8', page));
    const response = await fetch(origin, { headers: { 'Accept-Encoding': 'identity' } });
    const body = await response.text();
    expect(body).toBe(withoutNextRuntime(page));
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
  });

  it('sends a streamed page, cut anywhere (inside a tag, inside a character), without the runtime', async () => {
    const bytes = Buffer.from(page.replace('Le Kazakhstan', 'Élection à Almaty'));
    const origin = await serve((_, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.flushHeaders();
      let at = 0;
      const next = () => {
        if (at >= bytes.length) return response.end();
        response.write(bytes.subarray(at, at + 37));
        at += 37;
        setImmediate(next);
      };
      next();
    });
    const response = await fetch(origin, { headers: { 'Accept-Encoding': 'identity' } });
    expect(await response.text()).toBe(withoutNextRuntime(bytes.toString('utf8')));
  });

  it('compresses the page after the runtime is out', async () => {
    const origin = await serve(whole('text/html; charset=utf-8', page.replace('<main id="main">', `<main id="main">${'<p>du texte</p>'.repeat(200)}`)));
    const response = await new Promise<http.IncomingMessage>((resolve) => http.get(origin, { headers: { 'Accept-Encoding': 'gzip' } }, resolve));
    expect(response.headers['content-encoding']).toBe('gzip');
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = gunzipSync(Buffer.concat(chunks)).toString('utf8');
    expect(body).not.toContain('/_next/');
    expect(body).toContain(jsonLd);
  });

  it('passes anything that is not HTML through untouched', async () => {
    const script = '<script src="/_next/static/chunks/a.js"></script>';
    const origin = await serve(whole('application/rss+xml; charset=utf-8', script));
    expect(await (await fetch(origin)).text()).toBe(script);
  });

  it('answers HEAD without the length of the page with its runtime', async () => {
    const origin = await serve(whole('text/html; charset=utf-8', page));
    const response = await fetch(origin, { method: 'HEAD', headers: { 'Accept-Encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).not.toBe(String(Buffer.byteLength(page)));
  });
});
