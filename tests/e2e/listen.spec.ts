import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { textOfHtml } from '@/lib/align/marks';
import { alignPiece } from '@/lib/align/piece';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { axeViolations, library, watchProblems } from './site';
import { english, french, standIn, type Voice } from './speech';

// "Listen" (issue #21, client/listen.js). Headless Chromium has no voices:
// a stand-in for speechSynthesis records each utterance and ends it when the
// test says (window.__finish), so that the test sets the pace.

const slug = 'kazakhstan-crisis';
const piece = library.piece(slug)!;
/** A paragraph of several aligned sentences, and one of its middle beads. */
const [block, { beads }] = [...alignPiece(piece)].find(([, aligned]) => aligned.beads.length >= 3)!;
const bead = beads[1]!;
const key = bead.key;
const next = beads[2]!.key;

/** What a bead says in `locale`, as the page's text gives it. */
function said(locale: Locale, of = bead): string {
  const html = piece.versions[locale]!.body().blocks.find((b) => b.id === block)!.html;
  const stretch = of.sides[locale]!;
  return textOfHtml(html).slice(stretch.start, stretch.end).replace(/[ \t\r\n]+/g, ' ').trim();
}

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const desktop = { viewport: { width: 1280, height: 900 } };
const sizes = [
  ['390 px', phone],
  ['1280 px', desktop],
] as const;

async function open(browser: Browser, baseURL: string | undefined, path: string, options: BrowserContextOptions, voices: Voice[] = [french, english], onCancel?: 'error' | 'end') {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const check = watchProblems(page, options.javaScriptEnabled !== false);
  if (options.javaScriptEnabled !== false) await standIn(page, voices, onCancel);
  await page.goto(`${baseURL}${path}`);
  return { context, page, check };
}

const spoken = (page: Page) => page.evaluate(() => window.__spoken);
const last = async (page: Page) => (await spoken(page)).at(-1);
/** Ends the sentence being said `times` times: the player goes on to the next each time. */
const finish = (page: Page, times = 1) =>
  page.evaluate((times) => {
    for (let i = 0; i < times; i++) window.__finish();
  }, times);
/** The text highlighted: the one element marked, or the one range of the Highlight API; and how many of each. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-speaking]')];
    const ranges = [...((CSS.highlights.get('speaking') as Set<AbstractRange> | undefined) ?? [])] as Range[];
    const text = (marked[0]?.textContent ?? ranges[0]?.toString() ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
    return { count: marked.length + ranges.length, text, lang: (marked[0] ?? ranges[0]?.startContainer.parentElement)?.closest('[lang]')?.getAttribute('lang') };
  });
/** Whether the text highlighted is in view between the sticky header and the player. */
const highlightInView = (page: Page) =>
  page.evaluate(() => {
    const range = [...((CSS.highlights.get('speaking') as Set<AbstractRange> | undefined) ?? [])][0] as Range | undefined;
    const box = (document.querySelector('[data-speaking]') ?? range)!.getBoundingClientRect();
    const top = document.querySelector('header')!.getBoundingClientRect().bottom;
    const bottom = document.getElementById('listen-player')!.getBoundingClientRect().top;
    return box.top >= top - 1 && box.bottom <= bottom + 1;
  });
const player = (page: Page) => page.getByRole('region', { name: getMessages('fr').listen.player });
const playerIn = (page: Page, locale: Locale) => page.getByRole('region', { name: getMessages(locale).listen.player });

/**
 * What a one-language page must say, in order, read from its HTML: title,
 * lead lines, then the body, an aligned sentence as its span, a passage with
 * none as its text (which the player may cut into sentences).
 */
function expectedOrder(page: Page) {
  return page.evaluate(() => {
    const clean = (text: string | null) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
    const article = document.querySelector('article')!;
    const blocks = [article.querySelector('h1')!, ...article.querySelectorAll('header > ul > li'), ...article.querySelector(':scope > .article-text')!.children];
    return blocks.flatMap((el) => {
      const spans = [...el.querySelectorAll('span[id^="p-"]')];
      return spans.length ? spans.map((span) => ({ text: clean(span.textContent), whole: false })) : [{ text: clean(el.textContent), whole: true }];
    });
  });
}

for (const [size, options] of sizes) {
  test.describe(`listening at ${size}`, () => {
    test('reads title, lead and every sentence in the page’s order, in French, each highlighted alone and kept in view', async ({ browser, baseURL }) => {
      const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`, options);
      const t = getMessages('fr').listen;
      const listen = page.getByRole('button', { name: t.listen });
      await expect(listen).toBeVisible();
      await expect(listen).toHaveAttribute('aria-expanded', 'false');
      await listen.click();
      await expect(player(page)).toBeVisible();
      await expect(listen).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('button', { name: t.pause })).toBeFocused();
      const expected = await expectedOrder(page);
      const texts: string[] = [];
      for (const part of expected) {
        // A passage without aligned sentences is said in one or more sentences that make it up.
        let heard = '';
        do {
          const now = (await last(page))!;
          expect(now.lang).toMatch(/^fr/);
          expect(now.voice).toBe('fr-FR');
          const lit = await highlighted(page);
          expect(lit.count, `only "${now.text}" is highlighted`).toBe(1);
          expect(lit.text).toBe(now.text);
          expect(await highlightInView(page), `"${now.text}" in view`).toBe(true);
          texts.push(now.text);
          heard = heard ? `${heard} ${now.text}` : now.text;
          await finish(page);
        } while (part.whole && heard.length < part.text.length);
        expect(heard).toBe(part.text);
      }
      // Title, six lead lines (one of two sentences), and the body.
      expect(texts[0]).toBe(piece.versions.fr!.title);
      expect(texts.length).toBeGreaterThan(expected.length);
      // After the last: the end, said politely; nothing highlighted.
      await expect(page.locator('[data-listen-status]')).toHaveText(t.status.done);
      expect((await highlighted(page)).count).toBe(0);
      expect((await spoken(page)).length).toBe(texts.length);
      check();
      await context.close();
    });

    test('the sentence said is scrolled into view below the header, above the player', async ({ browser, baseURL }) => {
      const { context, page } = await open(browser, baseURL, `/fr/articles/${slug}`, options);
      await page.getByRole('button', { name: 'Écouter' }).click();
      while ((await last(page))!.text !== said('fr', beads.at(-1))) await finish(page);
      const span = page.locator(`[id="${beads.at(-1)!.key}"]`);
      await expect(span).toHaveAttribute('data-speaking', '');
      const [box, headerBottom, playerTop] = await page.evaluate((id) => {
        const b = document.getElementById(id)!.getBoundingClientRect();
        return [{ top: b.top, bottom: b.bottom }, document.querySelector('header')!.getBoundingClientRect().bottom, document.getElementById('listen-player')!.getBoundingClientRect().top];
      }, beads.at(-1)!.key);
      expect(box.top).toBeGreaterThanOrEqual(headerBottom);
      expect(box.bottom).toBeLessThanOrEqual(playerTop);
      await context.close();
    });

    test('next, previous, pause, resume and speed', async ({ browser, baseURL }) => {
      const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`, options);
      const t = getMessages('fr').listen;
      await page.getByRole('button', { name: t.listen }).click();
      const title = piece.versions.fr!.title;
      const lead = textOfHtml(piece.versions.fr!.body().lead[0]!);
      expect((await last(page))!.text).toBe(title);
      await page.getByRole('button', { name: t.next }).click();
      expect((await last(page))!.text).toBe(lead);
      expect((await highlighted(page)).text).toBe(lead);
      await page.getByRole('button', { name: t.previous }).click();
      expect((await last(page))!.text).toBe(title);
      await expect(page.locator('h1')).toHaveAttribute('data-speaking', '');
      // Pause: silence, and the reader is told.
      const count = (await spoken(page)).length;
      await page.getByRole('button', { name: t.pause }).click();
      await expect(page.locator('[data-listen-status]')).toHaveText(t.status.paused);
      expect(await page.evaluate(() => window.__finish())).toBe(false);
      expect((await spoken(page)).length).toBe(count);
      // Still highlighted while paused; a step moves it without a word.
      await page.getByRole('button', { name: t.next }).click();
      expect((await spoken(page)).length).toBe(count);
      expect((await highlighted(page)).text).toBe(lead);
      // Resume says the sentence again, from its start.
      await page.getByRole('button', { name: t.resume }).click();
      await expect(page.locator('[data-listen-status]')).toHaveText(t.status.playing);
      expect((await last(page))!.text).toBe(lead);
      // The speed is the next sentence's, and is remembered.
      await page.getByLabel(t.speed).selectOption('1.5');
      expect((await last(page))!.rate).toBe(1);
      await finish(page);
      expect((await last(page))!.rate).toBe(1.5);
      await page.reload();
      await page.getByRole('button', { name: t.listen }).click();
      expect((await last(page))!.rate).toBe(1.5);
      check();
      await context.close();
    });

    test('side by side: reads the French column, then goes on in English from the counterpart, and back', async ({ browser, baseURL }) => {
      const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}/parallel`, options);
      const t = getMessages('fr').listen;
      await page.getByRole('button', { name: t.listen }).click();
      expect((await last(page))!.text).toBe(piece.versions.fr!.title);
      while ((await last(page))!.text !== said('fr')) await finish(page);
      await expect(page.locator(`[id="${key}"]`)).toHaveAttribute('data-speaking', '');
      await page.getByRole('button', { name: t.continueIn.en }).click();
      let now = (await last(page))!;
      expect(now).toEqual({ text: said('en'), lang: 'en-GB', voice: 'en-GB', rate: 1 });
      await expect(page.locator(`[data-s="${key}"]`)).toHaveAttribute('data-speaking', '');
      expect(await highlighted(page)).toEqual({ count: 1, text: said('en'), lang: 'en' });
      await expect(page.locator('[data-listen-status]')).toHaveText(t.readingIn.en);
      await finish(page);
      now = (await last(page))!;
      expect(now.text).toBe(said('en', beads[2]));
      await expect(page.locator(`[data-s="${next}"]`)).toHaveAttribute('data-speaking', '');
      // And back, at the sentence reached.
      await page.getByRole('button', { name: t.continueIn.fr }).click();
      now = (await last(page))!;
      expect(now).toEqual({ text: said('fr', beads[2]), lang: 'fr-FR', voice: 'fr-FR', rate: 1 });
      await expect(page.locator(`[id="${next}"]`)).toHaveAttribute('data-speaking', '');
      check();
      await context.close();
    });

    test('from the one-language page: goes on in English from the counterpart, the French sentence followed along', async ({ browser, baseURL, request }) => {
      const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`, options);
      const t = getMessages('fr').listen;
      // The counterparts as the English page has them.
      const english = await (await request.get(`/en/articles/${slug}`)).text();
      const spanText = (id: string) => textOfHtml(new RegExp(`<span id="${id.replace('.', '\\.')}">([\\s\\S]*?)</span>`).exec(english)![1]!).replace(/[ \t\r\n]+/g, ' ').trim();
      await page.getByRole('button', { name: t.listen }).click();
      while ((await last(page))!.text !== said('fr')) await finish(page);
      await page.getByRole('button', { name: t.continueIn.en }).click();
      await expect.poll(async () => (await last(page))!.text).toBe(spanText(key));
      expect((await last(page))!.lang).toBe('en-GB');
      expect((await last(page))!.voice).toBe('en-GB');
      // The French sentence is highlighted; the English one is shown in the player, in its language.
      await expect(page.locator(`[id="${key}"]`)).toHaveAttribute('data-speaking', '');
      expect((await highlighted(page)).count).toBe(1);
      const shown = player(page).locator('[data-now]');
      await expect(shown).toHaveText(spanText(key));
      await expect(shown).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('button', { name: t.continueIn.fr })).toBeVisible();
      await finish(page);
      expect((await last(page))!.text).toBe(spanText(next));
      await expect(page.locator(`[id="${next}"]`)).toHaveAttribute('data-speaking', '');
      await expect(shown).toHaveText(spanText(next));
      expect(await axeViolations(page)).toEqual([]);
      // Back in French, from the same sentence.
      await page.getByRole('button', { name: t.continueIn.fr }).click();
      expect((await last(page))!).toEqual({ text: said('fr', beads[2]), lang: 'fr-FR', voice: 'fr-FR', rate: 1 });
      await expect(shown).toBeHidden();
      check();
      await context.close();
    });

    test('everything from the keyboard, with the focus kept, and axe finds nothing with the player open', async ({ browser, baseURL }) => {
      const { context, page, check } = await open(browser, baseURL, `/en/articles/${slug}`, options);
      const t = getMessages('en').listen;
      const listen = page.getByRole('button', { name: t.listen });
      await listen.focus();
      await page.keyboard.press('Enter');
      await expect(playerIn(page, 'en')).toBeVisible();
      await expect(page.getByRole('button', { name: t.pause })).toBeFocused();
      expect((await last(page))!.lang).toBe('en-GB');
      expect(await axeViolations(page)).toEqual([]);
      // Tab goes through the player in order: next, speed, continue in French, stop.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t.next })).toBeFocused();
      await page.keyboard.press('Enter');
      expect((await last(page))!.text).toBe(textOfHtml(piece.versions.en!.body().lead[0]!));
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(t.speed)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t.continueIn.fr })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t.stop })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(page.getByRole('button', { name: t.pause })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page.locator('[data-listen-status]')).toHaveText(t.status.paused);
      await expect(page.getByRole('button', { name: t.resume })).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
      // Escape stops, closes, and gives the focus back to the button.
      await page.keyboard.press('Escape');
      await expect(playerIn(page, 'en')).toBeHidden();
      await expect(listen).toBeFocused();
      await expect(listen).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('[data-listen-status]')).toHaveText(t.status.stopped);
      expect((await highlighted(page)).count).toBe(0);
      expect(await page.evaluate(() => window.__finish())).toBe(false);
      check();
      await context.close();
    });
  });
}

test.describe('where it is offered', () => {
  test('hidden without a voice for the page’s language; shown when one comes late; no way to a language without one', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`, desktop, [english]);
    const t = getMessages('fr').listen;
    const listen = page.locator('button[data-listen]');
    await expect(listen).toBeHidden();
    await expect(page.getByRole('button', { name: t.listen })).toHaveCount(0);
    // Voices are often listed late.
    await page.evaluate((voices) => window.__voices(voices), [french]);
    await expect(page.getByRole('button', { name: t.listen })).toBeVisible();
    await page.getByRole('button', { name: t.listen }).click();
    // No English voice now: no "continue in English".
    await expect(player(page)).toBeVisible();
    await expect(page.getByRole('button', { name: t.continueIn.en })).toBeHidden();
    check();
    await context.close();
  });

  for (const [size, options] of sizes) {
    test(`with JavaScript off, nothing to see or to reach (${size})`, async ({ browser, baseURL }) => {
      for (const path of [`/fr/articles/${slug}`, `/fr/articles/${slug}/parallel`]) {
        const { context, page, check } = await open(browser, baseURL, path, { ...options, javaScriptEnabled: false });
        await expect(page.locator('button[data-listen]')).toHaveCount(1);
        await expect(page.locator('button[data-listen]')).toBeHidden();
        await expect(page.getByRole('button', { name: 'Écouter' })).toHaveCount(0);
        await expect(page.locator('#listen-player')).toBeHidden();
        check();
        await context.close();
      }
    });
  }

  test('without speechSynthesis at all, hidden', async ({ browser, baseURL }) => {
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    await page.goto(`${baseURL}/fr/articles/${slug}`);
    await expect(page.locator('button[data-listen]')).toBeHidden();
    await context.close();
  });

  test('without Intl.Segmenter (Firefox before 125), hidden, and the script loads without an error', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`, desktop);
    await page.addInitScript(() => Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true }));
    await page.reload();
    await expect(page.locator('button[data-listen]')).toBeHidden();
    check();
    await context.close();
  });
});

test.describe('when things go wrong', () => {
  test('the other version cannot be loaded: said in the player, and reading goes on', async ({ browser, baseURL }) => {
    const { context, page } = await open(browser, baseURL, `/fr/articles/${slug}`, phone);
    const t = getMessages('fr').listen;
    await page.route(`**/en/articles/${slug}`, (route) => route.abort());
    await page.getByRole('button', { name: t.listen }).click();
    await page.getByRole('button', { name: t.continueIn.en }).click();
    const note = player(page).locator('[data-note]');
    await expect(note).toHaveText(getMessages('fr').listen.failed.en);
    await expect(page.locator('[data-listen-status]')).toHaveText(getMessages('fr').listen.failed.en);
    expect(await axeViolations(page)).toEqual([]);
    // Still in French.
    await finish(page);
    expect((await last(page))!.lang).toBe('fr-FR');
    await expect(page.getByRole('button', { name: t.continueIn.en })).toBeVisible();
    await context.close();
  });

  test('a browser that ends a cancelled sentence (Safari) rather than failing it (Chromium) skips nothing', async ({ browser, baseURL }) => {
    const { context, page } = await open(browser, baseURL, `/fr/articles/${slug}`, desktop, [french, english], 'end');
    const t = getMessages('fr').listen;
    await page.getByRole('button', { name: t.listen }).click();
    await page.getByRole('button', { name: t.next }).click();
    await page.getByRole('button', { name: t.next }).click();
    const texts = (await spoken(page)).map((s) => s.text);
    const lead = piece.versions.fr!.body().lead.map(textOfHtml);
    expect(texts).toEqual([piece.versions.fr!.title, lead[0], lead[1]]);
    await page.getByRole('button', { name: t.pause }).click();
    expect((await spoken(page)).length).toBe(3);
    await context.close();
  });
});

test.describe('where reading starts', () => {
  test('side by side, from the sentence last pointed at, while it is on screen', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}/parallel`, { viewport: { width: 1280, height: 2000 } });
    await page.locator(`[data-s="${key}"]`).hover();
    await page.getByRole('button', { name: 'Écouter' }).click();
    expect((await last(page))!.text).toBe(said('fr'));
    await expect(page.locator(`[id="${key}"]`)).toHaveAttribute('data-speaking', '');
    check();
    await context.close();
  });

  test('from the sentence a link landed on', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}#${key}`, desktop);
    await page.getByRole('button', { name: 'Écouter' }).evaluate((button: HTMLButtonElement) => button.click());
    expect((await last(page))!.text).toBe(said('fr'));
    check();
    await context.close();
  });

  test('else from the title, even with the lead half off screen', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`, phone);
    await page.getByRole('button', { name: 'Écouter' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, 200));
    await page.getByRole('button', { name: 'Écouter' }).click();
    expect((await last(page))!.text).toBe(piece.versions.fr!.title);
    check();
    await context.close();
  });
});
