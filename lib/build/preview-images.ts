import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { drawPreviewImage } from '../preview-image';
import type { ContentLibrary } from '../content/library';
import { locales } from '../i18n/locales';
import { paths } from '../paths';
import { routes } from '../routes';
import { shareImageSize, shareImageView, type ShareImageView } from '../views/piece';

/** What decides how an image looks besides its view: the code that draws it, the face and the size. */
const drawingSources = ['lib/preview-image.ts', 'lib/woff.ts', 'node_modules/@fontsource/source-serif-4/package.json', 'node_modules/sharp/package.json'];

/**
 * The build's preview images, kept between builds in `.next/cache/preview-images`
 * under a hash of what each shows and of how it is drawn. A rebuild draws
 * only the images of versions whose title, kind or date changed; the others
 * are copied from the cache (a reflink where the file system has them), never
 * linked: a tool rewriting the site's file in place would change the cache.
 */
export function previewImages(root = process.cwd(), cacheDir = path.join(root, '.next', 'cache', 'preview-images')) {
  const drawing = createHash('sha256').update(JSON.stringify(shareImageSize));
  for (const file of drawingSources) drawing.update(fs.readFileSync(path.join(root, file)));
  const stamp = drawing.digest();
  fs.mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  const drawn = new Set<string>();

  /** The cached image of `view`, drawn first if no build has drawn it before. */
  async function cachedImage(view: ShareImageView): Promise<string> {
    const name = `${createHash('sha256').update(stamp).update(JSON.stringify(view)).digest('base64url')}.png`;
    const cached = path.join(cacheDir, name);
    used.add(name);
    if (!fs.existsSync(cached)) {
      const partial = `${cached}.${process.pid}.${drawn.size}`;
      drawn.add(name);
      fs.writeFileSync(partial, await drawPreviewImage(view));
      fs.renameSync(partial, cached);
    }
    return cached;
  }

  return {
    /** Writes the image of `view` at `file`, from the cache. */
    async write(view: ShareImageView, file: string): Promise<void> {
      fs.copyFileSync(await cachedImage(view), file, fs.constants.COPYFILE_FICLONE);
    },
    /** Forgets the images this build did not use, and says how many it drew and how many it found. */
    prune(): { drawn: number; kept: number } {
      for (const name of fs.readdirSync(cacheDir)) if (!used.has(name)) fs.rmSync(path.join(cacheDir, name), { force: true });
      return { drawn: drawn.size, kept: used.size - drawn.size };
    },
  };
}

/** The view of every preview image of the library, with its URL. */
export function previewViews(library: ContentLibrary): { url: string; view: ShareImageView }[] {
  return routes.articleImage.pages(library).flatMap(({ params }) =>
    locales.map((locale) => {
      const view = params.slug && shareImageView(library, params.slug, locale);
      if (!view) throw new Error(`the route table lists a preview image of ${JSON.stringify(params)} in ${locale}, which has nothing to show`);
      return { url: paths.articleImage(locale, params.slug!), view };
    }),
  );
}
