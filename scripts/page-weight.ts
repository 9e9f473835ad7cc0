// What a first visit to a page costs a reader, measured in Chromium: the one
// way `npm run bench:size` reports it and the budget test enforces it.
import zlib from 'node:zlib';
import type { Browser, Request } from '@playwright/test';

/**
 * Any page, first visit, on a phone. Issue #12 asked for 180 KB and 10
 * requests, room made for Next's runtime (134 KB); pages are served without it
 * (lib/build/runtime-free.ts, at build time) and weigh 11–21 KB in 2 requests, so the budget is
 * set where nothing can quietly grow back: a third of the issue's.
 */
export const budget = {
  /** Every byte transferred (headers and compressed bodies) until the network is idle. */
  bytes: 60 * 1024,
  requests: 6,
  /** The HTML up to the last text of the first screen, gzip: what one round trip of a new connection brings (10 TCP segments). */
  firstScreen: 14 * 1024,
};

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';

export interface FirstVisit {
  url: string;
  requests: number;
  /** Bytes transferred by kind, headers included. */
  bytes: Record<Kind, number>;
  total: number;
  /** Each request: kind, bytes, URL, for a report that names what went over. */
  list: { kind: Kind; bytes: number; url: string }[];
}

const kindOf = (request: Request): Kind => {
  const type = request.resourceType();
  return type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : 'other';
};

/** Loads `url` in a fresh context (empty cache) and sums what was transferred until the network was idle. */
export async function firstVisit(browser: Browser, url: string, viewport = phone): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const finished: Request[] = [];
    page.on('requestfinished', (request) => finished.push(request));
    await page.goto(url, { waitUntil: 'networkidle' });
    const list = await Promise.all(
      finished.map(async (request) => {
        const { responseBodySize, responseHeadersSize } = await request.sizes();
        return { kind: kindOf(request), bytes: responseBodySize + responseHeadersSize, url: request.url() };
      }),
    );
    const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    for (const { kind, bytes: n } of list) bytes[kind] += n;
    return { url, requests: list.length, bytes, total: list.reduce((sum, r) => sum + r.bytes, 0), list };
  } finally {
    await context.close();
  }
}

export interface FirstScreen {
  /** The last text that starts on the first screen, as the page shows it. */
  lastText: string;
  /** The element whose start the first paint waits for (`<link rel="expect">`), if any; when the page has no such element, the paint waits for all of it. */
  paintTarget?: string;
  /** Gzip size of the HTML from its start to the end of that text, or to the paint target when it comes later. */
  gzipBytes: number;
  /** True when nothing in the <head> blocks rendering (a stylesheet link, a script that is neither async nor deferred). */
  nothingBlocks: boolean;
}

/**
 * How much of the HTML a reader needs before the first screen can be painted:
 * the page's HTML (as served) up to the end of the last text node visible
 * without scrolling, or up to the element the first paint waits for when it
 * comes later, gzipped. With the CSS inlined in the <head> and no blocking
 * resource, that is all the first paint waits for.
 */
export async function firstScreen(browser: Browser, url: string, viewport = phone): Promise<FirstScreen> {
  const html = await (await fetch(url)).text();
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const { lastText, nothingBlocks } = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let last = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        if (!text || node.parentElement?.closest('script, style, template')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.height > 0 && box.top < innerHeight && box.bottom > 0) last = text;
      }
      const blocking = document.head.querySelectorAll('link[rel="stylesheet"], script[src]:not([async]):not([defer]):not([type="module"])');
      return { lastText: last, nothingBlocks: blocking.length === 0 };
    });
    const end = endOf(html, lastText);
    if (end < 0) throw new Error(`${url}: the first screen's last text ${JSON.stringify(lastText)} is not in the HTML as served`);
    const paintTarget = /<link rel="expect" href="#([^"]+)"/.exec(html)?.[1];
    // A target that never comes holds the paint until the page is parsed.
    const at = paintTarget === undefined ? -1 : html.indexOf(` id="${paintTarget}"`);
    const target = paintTarget === undefined ? -1 : at < 0 ? html.length : html.lastIndexOf('<', at);
    return { lastText, paintTarget, gzipBytes: zlib.gzipSync(html.slice(0, Math.max(end, target))).length, nothingBlocks };
  } finally {
    await context.close();
  }
}

/** Where `text` ends in the HTML's body, looked up as React and remark escape it. */
function endOf(html: string, text: string): number {
  const body = html.indexOf('<body');
  for (const form of [text, escapeHtml(text)]) {
    const at = html.indexOf(form, body);
    if (at >= 0) return at + form.length;
  }
  return -1;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
