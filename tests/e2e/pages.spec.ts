import { expect, test } from '@playwright/test';
import { absoluteUrl } from '@/lib/public-url';
import { allPaths, library, watchProblems } from './site';

for (const path of allPaths) {
  test(`${path} loads cleanly, with lang, canonical and alternates`, async ({ page }) => {
    const check = watchProblems(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const locale = path.split('/')[1]!;
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // A piece's URL in a language it lacks shows the version that exists, which is canonical.
    const article = /^\/(fr|en)\/articles\/([a-z0-9-]+)$/.exec(path);
    const piece = article ? library.piece(article[2]!) : undefined;
    const canonical = piece && !piece.locales.includes(locale as 'fr' | 'en') ? path.replace(`/${locale}/`, `/${piece.locales[0]}/`) : path;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absoluteUrl(canonical));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    const other = locale === 'fr' ? 'en' : 'fr';
    const switchLink = page.locator('a[data-language-switch]');
    await expect(switchLink).toHaveAttribute('hreflang', other);
    await expect(switchLink).toHaveAttribute('href', path.replace(`/${locale}`, `/${other}`));
    await expect(page).toHaveTitle(/\S — /);
    await page.waitForLoadState('networkidle');
    check();
  });
}

test('an article announces only its real translations, with Open Graph fields in its locale', async ({ page }) => {
  await page.goto('/en/articles/kazakhstan-crisis');
  const piece = library.piece('kazakhstan-crisis')!;
  for (const locale of piece.locales) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
      'href',
      absoluteUrl(`/${locale}/articles/kazakhstan-crisis`),
    );
  }
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', /^2022-01-09/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /For the past week, Kazakhstan/);
  await expect(page).toHaveTitle(/^Kazakhstan: who benefits from the crisis\? — /);
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/fr', '/en/articles/kazakhstan-crisis', '/fr/tags', '/en/nowhere']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
});

test('share links are plain links and the print stylesheet hides everything but the article', async ({ page }) => {
  await page.goto('/fr/articles/kazakhstan-crisis');
  const share = page.locator('section[aria-labelledby="share-heading"]');
  await expect(share.locator('a[href^="mailto:"]')).toHaveCount(1);
  await expect(share.locator('a[href^="https://x.com/"]')).toHaveCount(1);
  await expect(share.locator('a[href^="https://www.facebook.com/"]')).toHaveCount(1);
  await expect(share.locator('a[href^="https://www.linkedin.com/"]')).toHaveCount(1);
  expect(await page.locator('script[src^="http"]').count()).toBe(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(share).toBeHidden();
  await expect(page.locator('section[aria-labelledby="related-heading"]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('the sticky header leaves the page to the text on phones and tablets', async ({ browser, baseURL }) => {
  // The header stays on screen while reading (the language switch keeps the
  // reader's place), so it must not grow: at most the site name on two lines
  // and the row of view links.
  for (const [width, limit] of [[360, 100], [390, 100], [768, 110]] as const) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const locale of ['fr', 'en']) {
      await page.goto(`${baseURL}/${locale}/articles/kazakhstan-crisis`);
      await page.evaluate(() => document.fonts.ready);
      const height = await page.locator('body > header').evaluate((h) => h.getBoundingClientRect().height);
      expect(height, `${locale} at ${width}px`).toBeLessThanOrEqual(limit);
    }
    await context.close();
  }
});

test('the skip link is the first focusable element and leads to the content', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the Content-Security-Policy lets the page run its own scripts and nothing injected', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const check = watchProblems(page);
  await page.goto(`${baseURL}/fr/articles/kazakhstan-crisis`);
  // The copy button works only once React has hydrated under the policy.
  await page.getByRole('link', { name: 'Copier le lien' }).click();
  await expect(page.getByText('Lien copié')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl('/fr/articles/kazakhstan-crisis'));
  check();

  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violation: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({ ran: 'injected' in window, violation: event.violatedDirective }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, violation: 'script-src-elem' });
  await context.close();
});
