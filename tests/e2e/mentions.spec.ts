import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { getMessages } from '@/lib/i18n/messages';
import { library, watchProblems } from './site';

// A mention of one of a piece's tags is a link to the tag's page; with
// JavaScript, hovering it (mouse), focusing it (keyboard) or tapping it (touch)
// opens the tag's card. Cards are popovers opened by reader.js (client/).

const slug = 'kazakhstan-crisis';
const article = (locale: string) => `/${locale}/articles/${slug}`;
const tokayev = library.tag('tokayev')!;
const count = library.tagged('tokayev').length;

const mention = (page: Page, locale: string, tag = 'tokayev') => page.locator(`a[data-mention="mention-${locale}-${tag}"]`);
const card = (page: Page, locale: string, tag = 'tokayev') => page.locator(`#mention-${locale}-${tag}`);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-mention-card]')?.id ?? document.activeElement?.getAttribute('data-mention') ?? document.activeElement?.tagName);

/** What a card says, in its language. */
async function expectCard(page: Page, locale: 'fr' | 'en') {
  const t = getMessages(locale);
  const dialog = page.getByRole('dialog', { name: tokayev.labels[locale] });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(t.tags.kinds.person);
  await expect(dialog).toContainText(t.tags.count(count));
  await expect(dialog).toContainText(tokayev.description![locale].text);
  await expect(dialog.getByRole('link', { name: t.mention.allPieces })).toHaveAttribute('href', `/${locale}/tags/tokayev`);
  return dialog;
}

/** Presses Tab until `target` has the focus, as a reader would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached the target; last focus: ${await focused(page)}`);
}

async function context(browser: Browser, width: number, options: Parameters<Browser['newContext']>[0] = {}) {
  return browser.newContext({ viewport: { width, height: 844 }, ...options });
}

test.describe('mentions in the text', () => {
  for (const locale of ['fr', 'en'] as const) {
    test(`${article(locale)} links the first mention of each person, place and organisation, once`, async ({ page }) => {
      await page.goto(article(locale));
      const version = library.piece(slug)!.versions[locale]!;
      const mentions = page.locator('main a[data-mention]');
      await expect(mentions).toHaveCount(version.body().mentions.length);
      const hrefs = await mentions.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(version.body().mentions.map((tag) => `/${locale}/tags/${tag}`));
      // The lead comes first: the country is linked there, not in the text.
      await expect(page.locator('header li a[data-mention]').first()).toHaveText('Kazakhstan');
      await expect(page.locator('[id^="p-"] a[data-mention="mention-' + locale + '-kazakhstan"]')).toHaveCount(0);
      // Topics are not linked; headings are left alone.
      await expect(page.locator('a[data-mention*="political-crisis"], a[data-mention*="riots"], h2 a')).toHaveCount(0);
      // A mention looks like the site's other links: underlined, in the accent colour.
      const style = await mention(page, locale).evaluate((a) => getComputedStyle(a));
      expect(style.textDecorationLine).toBe('underline');
      expect(style.color).toBe('rgb(159, 29, 32)');
    });
  }

  test('mentions keep the accent colour in dark mode', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(`${baseURL}${article('fr')}`);
    expect(await mention(page, 'fr').evaluate((a) => getComputedStyle(a).color)).toBe('rgb(240, 138, 128)');
    await ctx.close();
  });
});

test.describe('the card of a mention', () => {
  for (const width of [390, 1280]) {
    for (const locale of ['fr', 'en'] as const) {
      test(`opens on hover and closes when the pointer leaves (${locale}, ${width}px)`, async ({ browser, baseURL }) => {
        const ctx = await context(browser, width);
        const page = await ctx.newPage();
        const check = watchProblems(page);
        await page.goto(`${baseURL}${article(locale)}`);
        const link = mention(page, locale);
        await expect(link).toHaveAttribute('aria-expanded', 'false');
        await link.hover();
        const dialog = await expectCard(page, locale);
        await expect(link).toHaveAttribute('aria-expanded', 'true');
        // The card sits next to its mention, inside the window.
        const [box, linkBox] = [(await dialog.boundingBox())!, (await link.boundingBox())!];
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(Math.min(Math.abs(box.y - (linkBox.y + linkBox.height)), Math.abs(box.y + box.height - linkBox.y))).toBeLessThan(20);
        // The pointer can cross over to the card and use its link.
        await dialog.hover();
        await page.waitForTimeout(500);
        await expect(dialog).toBeVisible();
        await page.mouse.move(1, 1);
        await expect(dialog).toBeHidden();
        await expect(link).toHaveAttribute('aria-expanded', 'false');
        // A click on the mention still follows the link.
        await link.click();
        await expect(page).toHaveURL(`${baseURL}/${locale}/tags/tokayev`);
        check();
        await ctx.close();
      });

      test(`opens on focus from the keyboard; Escape closes it and focus goes back to the mention (${locale}, ${width}px)`, async ({ browser, baseURL }) => {
        const ctx = await context(browser, width);
        const page = await ctx.newPage();
        await page.goto(`${baseURL}${article(locale)}`);
        const link = mention(page, locale);
        // As a keyboard reader gets there: Tab after Tab from the top, through the mentions and cards before it.
        await tabTo(page, link);
        const dialog = await expectCard(page, locale);
        // Tab goes into the card, to its link.
        await page.keyboard.press('Tab');
        await expect(dialog.getByRole('link')).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(link).toBeFocused();
        await expect(link).toHaveAttribute('aria-expanded', 'false');
        // Escape with the focus on the mention closes the card too; the focus stays.
        // (Shift+Tab from the next link comes back to the mention, its card closed.)
        await page.keyboard.press('Tab');
        await page.keyboard.press('Shift+Tab');
        await expect(link).toBeFocused();
        await expect(dialog).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(link).toBeFocused();
        // Leaving the mention and its card closes a card opened by focus.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Shift+Tab');
        await expect(dialog).toBeVisible();
        await page.keyboard.press('Tab');
        await expect(dialog.getByRole('link')).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(dialog).toBeHidden();
        await expect(link).not.toBeFocused();
        // Enter still follows the link.
        await page.keyboard.press('Shift+Tab');
        await expect(link).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(`${baseURL}/${locale}/tags/tokayev`);
        await ctx.close();
      });

      test(`opens on tap instead of navigating, and has its own link (${locale}, ${width}px)`, async ({ browser, baseURL }) => {
        const ctx = await context(browser, width, { hasTouch: true, isMobile: width === 390 });
        const page = await ctx.newPage();
        const check = watchProblems(page);
        await page.goto(`${baseURL}${article(locale)}`);
        const link = mention(page, locale);
        await link.tap();
        const dialog = await expectCard(page, locale);
        await expect(page).toHaveURL(`${baseURL}${article(locale)}`);
        // Focus is in the card, so that a screen reader reads it.
        await expect(dialog).toBeFocused();
        const box = (await dialog.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        // A second tap closes it; a tap elsewhere too.
        await link.tap();
        await expect(dialog).toBeHidden();
        await link.tap();
        await expect(dialog).toBeVisible();
        await page.locator('h1').tap();
        await expect(dialog).toBeHidden();
        // Another mention opens its own card.
        await link.tap();
        await mention(page, locale, 'nazarbayev').tap();
        await expect(card(page, locale, 'nazarbayev')).toBeVisible();
        await expect(dialog).toBeHidden();
        await mention(page, locale, 'nazarbayev').tap();
        await link.tap();
        await dialog.getByRole('link').tap();
        await expect(page).toHaveURL(`${baseURL}/${locale}/tags/tokayev`);
        check();
        await ctx.close();
      });
    }
  }

  test('where the browser ignores a popover’s source, Tab still enters the card and leaves it by the mention', async ({ browser, baseURL }) => {
    const ctx = await context(browser, 1280);
    // A browser without showPopover({ source }) calls it without reading the option.
    await ctx.addInitScript(() => {
      const show = HTMLElement.prototype.showPopover;
      HTMLElement.prototype.showPopover = function () {
        show.call(this);
      };
    });
    const page = await ctx.newPage();
    await page.goto(`${baseURL}${article('fr')}`);
    const link = mention(page, 'fr');
    const dialog = card(page, 'fr');
    await tabTo(page, link);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('link')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(mention(page, 'fr', 'nazarbayev')).toBeFocused();
    await ctx.close();
  });

  test('with JavaScript off a mention is a plain link and no card shows', async ({ browser, baseURL }) => {
    for (const width of [390, 1280]) {
      const ctx = await context(browser, width, { javaScriptEnabled: false });
      const page = await ctx.newPage();
      const check = watchProblems(page, false);
      await page.goto(`${baseURL}${article('fr')}`);
      const link = mention(page, 'fr');
      await expect(link).not.toHaveAttribute('aria-expanded', /.*/);
      await link.hover();
      await page.waitForTimeout(600);
      await link.focus();
      await expect(page.locator('[data-mention-card]').first()).toBeHidden();
      for (const dialog of await page.locator('[data-mention-card]').all()) await expect(dialog).toBeHidden();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await link.click();
      await expect(page).toHaveURL(`${baseURL}/fr/tags/tokayev`);
      check();
      await ctx.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const how of ['hover', 'tap'] as const) {
      test(`axe finds no violation with a card open (${how}, ${colorScheme})`, async ({ browser, baseURL }) => {
        const ctx = await browser.newContext({ colorScheme, ...(how === 'tap' ? { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } } : {}) });
        const page = await ctx.newPage();
        await page.goto(`${baseURL}${article('fr')}`);
        if (how === 'tap') await mention(page, 'fr').tap();
        else await mention(page, 'fr').hover();
        await expect(card(page, 'fr')).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(violations).toEqual([]);
        await ctx.close();
      });
    }
  }
});

test.describe('mentions side by side', () => {
  for (const locale of ['fr', 'en'] as const) {
    test(`/${locale} parallel view: each column links and opens cards in its own language`, async ({ page }) => {
      const check = watchProblems(page);
      await page.goto(`/${locale}/articles/${slug}/parallel`);
      for (const lang of ['fr', 'en'] as const) {
        const version = library.piece(slug)!.versions[lang]!;
        const column = page.locator(`[data-pair] > [lang="${lang}"]`);
        const hrefs = await column.locator('a[data-mention]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs).toEqual(version.body().mentions.map((tag) => `/${lang}/tags/${tag}`));
        const link = column.locator(`a[data-mention="mention-${lang}-tokayev"]`);
        await link.hover();
        const dialog = await expectCard(page, lang);
        // A card in the other language than the page's says so.
        if (lang !== locale) await expect(dialog).toHaveAttribute('lang', lang);
        else expect(await dialog.getAttribute('lang')).toBeNull();
        await page.mouse.move(1, 1);
        await expect(dialog).toBeHidden();
      }
      // And from the keyboard: Tab from the English passage to its mention.
      const link = page.locator('[data-pair] > [lang="en"] a[data-mention="mention-en-tokayev"]');
      await link.locator('xpath=ancestor::*[@data-pair]/*[@lang="en"]').click({ position: { x: 2, y: 2 } });
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      await expect(card(page, 'en')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(card(page, 'en')).toBeHidden();
      await expect(link).toBeFocused();
      check();
    });
  }
});

test('screenshots of an open card, at 390 and 1280 px', async ({ browser, baseURL }) => {
  const dir = path.join(import.meta.dirname, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport: { width, height: 844 }, colorScheme, deviceScaleFactor: 1, ...(width === 390 ? { hasTouch: true, isMobile: true } : {}) });
      const page = await ctx.newPage();
      await page.goto(`${baseURL}${article('fr')}`);
      await page.evaluate(() => document.fonts.ready);
      const link = mention(page, 'fr');
      await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
      if (width === 390) await link.tap();
      else await link.hover();
      await expect(card(page, 'fr')).toBeVisible();
      await page.screenshot({ path: path.join(dir, `mention-card-fr-${width}-${colorScheme}.png`) });
      await ctx.close();
    }
  }
});
