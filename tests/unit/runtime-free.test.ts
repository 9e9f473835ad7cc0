import { describe, expect, it } from 'vitest';
import { pageStylesheets } from '@/lib/build/page-css';
import { withoutNextRuntime, withStylesheetsInline } from '@/lib/build/runtime-free';

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

describe('withStylesheetsInline', () => {
  const page = Buffer.from('<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><title>x</title></head><body class="p-1"></body></html>');

  it('puts each linked stylesheet in a <style> where its link was', () => {
    const asked: string[] = [];
    const inlined = withStylesheetsInline(page, (href) => (asked.push(href), Buffer.from('body{color:red}'))).toString();
    expect(asked).toEqual(['/_next/static/chunks/a.css']);
    expect(inlined).toBe('<html><head><style>body{color:red}</style><title>x</title></head><body class="p-1"></body></html>');
  });

  it('refuses a stylesheet that would end its element early', () => {
    expect(() => withStylesheetsInline(page, () => Buffer.from('a{}</style><script>x</script>'))).toThrow(/<\/style/);
  });
});

describe('pageStylesheets', () => {
  const css = Buffer.from('.p-1{padding:1px}.m-1{margin:1px}.dark\\:p-2:where(.dark,.dark *){padding:2px}@media (width>=40rem){.sm\\:m-2{margin:2px}}.a .p-1,.b{color:red}.p-1,.c{color:blue}');

  it('keeps the rules of the classes a page uses, whatever their variant, and drops the others', () => {
    const cut = pageStylesheets()(css, Buffer.from('<p class="p-1 sm:m-2">x</p>')).toString();
    expect(cut).toContain('.p-1{padding:1px}');
    expect(cut).toContain('.sm\\:m-2{margin:2px}');
    expect(cut).not.toContain('.m-1{');
    expect(cut).not.toContain('dark');
    // A rule stays whole while one of its selectors can match, and goes when none can.
    expect(cut).toContain('.p-1,.c{color:#00f}');
    expect(cut).not.toContain('color:red');
  });

  it('reads a class as the browser does, entities decoded: a variant written with `&` keeps its rule', () => {
    const withVariant = Buffer.from('.m-1{margin:1px}.\\[\\&\\:\\:-webkit-details-marker\\]\\:hidden::-webkit-details-marker{display:none}');
    const cut = pageStylesheets()(withVariant, Buffer.from('<summary class="[&amp;::-webkit-details-marker]:hidden">x</summary>')).toString();
    expect(cut).toContain('display:none');
    expect(cut).not.toContain('margin');
  });

  it('cuts once for pages with the same classes', () => {
    const forPage = pageStylesheets();
    const first = forPage(css, Buffer.from('<p class="p-1">a</p>'));
    expect(forPage(css, Buffer.from('<div class="p-1"><p>b</p></div>'))).toBe(first);
  });
});
