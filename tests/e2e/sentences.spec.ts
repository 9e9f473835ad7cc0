import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { textOfHtml } from '@/lib/align/marks';
import { alignPiece } from '@/lib/align/piece';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { axeViolations, library, watchProblems } from './site';

// Sentences across the two languages (issue #19, client/sentences.js): lit
// with their counterpart side by side, opened in a card from the one-language
// page, kept by the language switch.

const slug = 'kazakhstan-crisis';
const piece = library.piece(slug)!;
const alignment = alignPiece(piece);
/** A paragraph of several sentences, and one of its middle beads. */
const [block, { beads }] = [...alignment].find(([, aligned]) => aligned.beads.length >= 3)!;
const bead = beads[1]!;
const key = bead.key;

/** What the bead says in `locale`, as the page's text gives it. */
function said(locale: Locale): string {
  const html = piece.versions[locale]!.body().blocks.find((b) => b.id === block)!.html;
  const stretch = bead.sides[locale]!;
  return textOfHtml(html).slice(stretch.start, stretch.end);
}

const counterpart = (page: Page) => page.locator(`[data-s="${key}"]`);
const lit = (page: Page) => page.locator('.sentence-lit');
const sentenceCard = (page: Page) => page.locator('#sentence-card');

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const desktop = { viewport: { width: 1280, height: 900 } };

async function open(browser: Browser, baseURL: string | undefined, path: string, options: Parameters<Browser['newContext']>[0] = desktop) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const check = watchProblems(page, options?.javaScriptEnabled !== false);
  await page.goto(`${baseURL}${path}`);
  return { context, page, check };
}

async function inView(locator: Locator) {
  await expect(locator).toBeInViewport({ ratio: 0.99 });
}

test.describe('sentences side by side', () => {
  test('hovering a sentence lights it and its counterpart, and only them', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}/parallel`);
    await page.locator(`[id="${key}"]`).hover();
    await expect(lit(page)).toHaveCount(2);
    await expect(page.locator(`[id="${key}"]`)).toHaveClass(/sentence-lit/);
    await expect(counterpart(page)).toHaveClass(/sentence-lit/);
    expect(await page.locator(`[id="${key}"]`).textContent()).toBe(said('fr'));
    expect(await counterpart(page).textContent()).toBe(said('en'));
    expect(await counterpart(page).evaluate((span) => span.closest('[lang]')!.getAttribute('lang'))).toBe('en');
    // From the English column, the other way.
    await counterpart(page).hover();
    await expect(lit(page)).toHaveCount(2);
    await expect(page.locator(`[id="${key}"]`)).toHaveClass(/sentence-lit/);
    await page.mouse.move(2, 2);
    await expect(lit(page)).toHaveCount(0);
    check();
    await context.close();
  });

  test('the keyboard: one stop per passage, Left and Right from sentence to sentence, Escape back', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/en/articles/${slug}/parallel`);
    const cell = page.locator(`#${block} > [lang="en"]`);
    await cell.focus();
    // The sentences are no tab stops of their own.
    expect(await cell.locator('span[tabindex="0"]').count()).toBe(0);
    // Up and Down still scroll the page.
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
    await expect(cell).toBeFocused();
    for (let i = 0; i < beads.indexOf(bead) + 1; i++) await page.keyboard.press('ArrowRight');
    const english = page.locator(`[id="${key}"]`);
    await expect(english).toBeFocused();
    await expect(english).toHaveClass(/sentence-lit/);
    await expect(counterpart(page)).toHaveClass(/sentence-lit/);
    expect(await english.textContent()).toBe(said('en'));
    // Screen readers say the French after the English.
    const described = await english.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toBe(said('fr'));
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(`[id="${beads[0]!.key}"]`)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(`[id="${beads[0]!.key}"]`)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(cell).toBeFocused();
    await expect(lit(page)).toHaveCount(0);
    // Tab leaves the passage for the next stop, not for its next sentence.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('SPAN');
    check();
    await context.close();
  });

  test('tapping a sentence on a phone lights both and shows both', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}/parallel`, phone);
    const french = page.locator(`[id="${key}"]`);
    await french.scrollIntoViewIfNeeded();
    await french.tap();
    await expect(lit(page)).toHaveCount(2);
    // Stacked columns: the English comes below, and was brought into view with the French.
    await inView(counterpart(page));
    await inView(french);
    await page.locator('h1').first().tap();
    await expect(lit(page)).toHaveCount(0);
    check();
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a lit pair is seen, and axe finds no violation (${colorScheme})`, async ({ browser, baseURL }) => {
      const { context, page } = await open(browser, baseURL, `/fr/articles/${slug}/parallel`, { ...desktop, colorScheme });
      const plain = await counterpart(page).evaluate((span) => getComputedStyle(span).backgroundColor);
      await page.locator(`[id="${key}"]`).hover();
      await expect(lit(page)).toHaveCount(2);
      expect(await counterpart(page).evaluate((span) => getComputedStyle(span).backgroundColor)).not.toBe(plain);
      expect(await axeViolations(page)).toEqual([]);
      // On paper, plain text.
      await page.emulateMedia({ media: 'print' });
      expect(await counterpart(page).evaluate((span) => getComputedStyle(span).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
      await context.close();
    });
  }
});

test.describe('a sentence in the other language, from the one-language page', () => {
  const t = getMessages('fr');

  test('off by default; on, a click opens the counterpart in a card, in its language, with a link side by side', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`);
    const toggle = page.getByRole('button', { name: t.sentences.toggle });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const french = page.locator(`[id="${key}"]`);
    await french.click();
    await expect(sentenceCard(page)).toBeHidden();
    // No mark on the sentences: they look like the rest of the text.
    expect(await french.evaluate((span) => getComputedStyle(span).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(t.sentences.on)).toBeVisible();
    await french.click();
    const dialog = page.getByRole('dialog', { name: t.sentences.cardLabel });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[lang="en"]')).toHaveText(said('en'));
    await expect(dialog.getByRole('link', { name: t.sentences.parallel })).toHaveAttribute('href', `/fr/articles/${slug}/parallel#${key}`);
    // Remembered on the device.
    await page.reload();
    await expect(page.getByRole('button', { name: t.sentences.toggle })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: t.sentences.toggle }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: t.sentences.toggle })).toHaveAttribute('aria-pressed', 'false');
    await french.click();
    await expect(sentenceCard(page)).toBeHidden();
    check();
    await context.close();
  });

  test('from the keyboard: Tab to the passage, an arrow to the sentence, Enter opens, Tab goes on from it, Escape goes back', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/en/articles/${slug}`);
    const te = getMessages('en');
    await page.getByRole('button', { name: te.sentences.toggle }).click();
    const passage = page.locator(`#${block}`);
    await passage.focus();
    for (let i = 0; i < beads.indexOf(bead) + 1; i++) await page.keyboard.press('ArrowRight');
    const english = page.locator(`[id="${key}"]`);
    await expect(english).toBeFocused();
    // What Enter does is said with it.
    await expect(english).toHaveAccessibleDescription(te.sentences.on);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: te.sentences.cardLabel });
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(dialog.locator('[lang="fr"]')).toHaveText(said('fr'));
    // The card comes after its sentence: Tab reaches its link.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('link', { name: te.sentences.parallel })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(english).toBeFocused();
    check();
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a tap on a phone opens the card on screen, and axe finds no violation (${colorScheme})`, async ({ browser, baseURL }) => {
      const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`, { ...phone, colorScheme });
      await page.getByRole('button', { name: t.sentences.toggle }).tap();
      const french = page.locator(`[id="${key}"]`);
      await french.scrollIntoViewIfNeeded();
      await french.tap();
      await expect(sentenceCard(page)).toBeVisible();
      await expect(sentenceCard(page).locator('[lang="en"]')).toHaveText(said('en'));
      await inView(sentenceCard(page));
      expect(await axeViolations(page)).toEqual([]);
      // A second tap closes it.
      await french.tap();
      await expect(sentenceCard(page)).toBeHidden();
      check();
      await context.close();
    });
  }

  test('the card’s link lands on the sentence side by side, lit with its counterpart', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`);
    await page.getByRole('button', { name: t.sentences.toggle }).click();
    await page.locator(`[id="${key}"]`).click();
    await page.getByRole('link', { name: t.sentences.parallel }).click();
    await expect(page).toHaveURL(`${baseURL}/fr/articles/${slug}/parallel#${key}`);
    await inView(page.locator(`[id="${key}"]`));
    await expect(lit(page)).toHaveCount(2);
    check();
    await context.close();
  });
});

test.describe('switching language keeps the sentence', () => {
  test('from a sentence opened in French to the same sentence in English', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}`);
    await page.getByRole('button', { name: getMessages('fr').sentences.toggle }).click();
    await page.locator(`[id="${key}"]`).click();
    await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', `/en/articles/${slug}#${key}`);
    await page.keyboard.press('Escape');
    await page.locator('a[data-language-switch]').click();
    await expect(page).toHaveURL(`${baseURL}/en/articles/${slug}#${key}`);
    const english = page.locator(`[id="${key}"]`);
    await inView(english);
    expect(await english.textContent()).toBe(said('en'));
    check();
    await context.close();
  });

  test('from the sentence read side by side to the one-language page', async ({ browser, baseURL }) => {
    const { context, page, check } = await open(browser, baseURL, `/fr/articles/${slug}/parallel`);
    await counterpart(page).hover();
    await page.getByRole('link', { name: 'Lire en anglais seulement' }).hover();
    await page.getByRole('link', { name: 'Lire en anglais seulement' }).click();
    await expect(page).toHaveURL(`${baseURL}/en/articles/${slug}#${key}`);
    await inView(page.locator(`[id="${key}"]`));
    check();
    await context.close();
  });

  test('scrolled to a sentence, the switch points at it', async ({ browser, baseURL }) => {
    const { context, page } = await open(browser, baseURL, `/en/articles/${slug}`);
    // A paragraph's first sentence (one in mid-line shares its first line with the one before),
    // a little below the sticky header.
    const first = beads[0]!.key;
    await page.locator(`[id="${first}"]`).evaluate((span) => {
      const header = document.querySelector('header')!.getBoundingClientRect().bottom;
      scrollBy(0, span.getBoundingClientRect().top - header - innerHeight * 0.1);
    });
    await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', `/fr/articles/${slug}#${first}`);
    await context.close();
  });
});

test.describe('with JavaScript off', () => {
  test('the text reads as before: no control, no mark, no stop', async ({ browser, baseURL }) => {
    for (const path of [`/fr/articles/${slug}`, `/fr/articles/${slug}/parallel`]) {
      const { context, page, check } = await open(browser, baseURL, path, { ...desktop, javaScriptEnabled: false });
      await expect(page.getByRole('button', { name: getMessages('fr').sentences.toggle })).toHaveCount(0);
      const french = page.locator(`[id="${key}"]`);
      await french.click();
      expect(await french.evaluate((span) => getComputedStyle(span).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
      expect(await french.getAttribute('tabindex')).toBeNull();
      expect(await page.locator('.sentence-lit').count()).toBe(0);
      // The passage reads as its Markdown rendered.
      const text = await page.locator(`#${block}`).first().evaluate((el) => el.textContent);
      expect(text).toContain(said('fr'));
      check();
      await context.close();
    }
  });
});

test.describe('what the alignment costs', () => {
  /** The page as it was before sentences: no spans, no script, no toggle or card. */
  function withoutSentences(html: string): string {
    return html
      .replace(/<span (?:id|data-s)="p-\d+\.\d+">([\s\S]*?)<\/span>/g, '$1')
      .replace(/<script data-own-script="sentences"[^>]*><\/script>/, '')
      .replace(/<button[^>]*data-sentences[^>]*>[\s\S]*?<\/button>/, '')
      .replace(/<p id="sentences-on"[\s\S]*?<\/p>/, '')
      .replace(/<div id="sentence-card"[\s\S]*?<\/div>/, '')
      .replace(/ data-units=""/, '');
  }
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

  for (const piece of library.pieces.filter((p) => p.locales.length === 2)) {
    for (const locale of piece.locales) {
      for (const path of [`/${locale}/articles/${piece.slug}`, `/${locale}/articles/${piece.slug}/parallel`]) {
        test(`${path}: at most 10 % of the page’s gzip bytes`, async ({ request }) => {
          const html = await (await request.get(path)).text();
          const before = withoutSentences(html);
          // The stripping found what it strips: sentences, and on their page the script.
          expect(before.length).toBeLessThan(html.length);
          expect(before).not.toMatch(/data-s="|<span id="p-|data-own-script="sentences"/);
          const added = gzip(html) - gzip(before);
          expect(added, `${added} bytes added to ${gzip(before)}`).toBeLessThanOrEqual(0.1 * gzip(before));
        });
      }
    }
  }
});
