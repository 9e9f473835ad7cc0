import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { sfntOfWoff } from './woff';
import { shareImageSize, type ShareImageView } from './views/piece';
import { escapeHtml } from './html';

/**
 * The link preview of a piece as a PNG, drawn by sharp (libvips): the text is
 * laid out by Pango (kerning, line breaks, any script the face covers) onto a
 * frame drawn once per language. The build draws one per version, 10,000 at
 * 5,000 pieces, so its cost is the build's: 8–15 ms of a core each, where
 * satori and resvg took 45–60 ms (docs/preview-images.md).
 */

const { width, height } = shareImageSize;
const margin = 72;
const measure = width - 2 * margin;
const layout = {
  border: 16,
  headerTop: 80,
  headerBottom: 122,
  ruleTop: 500,
  footerTop: 526,
};
/** Title sizes in px, tried in turn until the title fits between the header and the rule. */
const titleSizes = [76, 64, 54, 46];
const titleRoom = layout.ruleTop - layout.headerBottom - 2 * 20;

// Each image on one thread: the build draws several at once, one per core.
sharp.concurrency(1);
// Every image is different: a cache of libvips operations would only hold memory.
sharp.cache(false);

/**
 * The reading face, as OpenType files Pango can load: @fontsource ships WOFF,
 * unpacked once into .next/cache. Every script it covers is registered, so a
 * title in Kazakh Cyrillic or Vietnamese finds its glyphs in the same face.
 */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const family = 'Source Serif 4';
let faces: Promise<{ regular: string; bold: string }> | undefined;

function loadFaces(): Promise<{ regular: string; bold: string }> {
  const from = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules/@fontsource/source-serif-4/files');
  const to = path.join(/* turbopackIgnore: true */ process.cwd(), '.next/cache/preview-fonts');
  fs.mkdirSync(to, { recursive: true });
  const unpack = (subset: string, weight: number) => {
    const otf = sfntOfWoff(fs.readFileSync(path.join(from, `source-serif-4-${subset}-${weight}-normal.woff`)));
    // Named by its bytes: a new version of the face, or of the unpacking, is a new file.
    const file = path.join(to, `source-serif-4-${subset}-${weight}-${createHash('sha256').update(otf).digest('hex').slice(0, 16)}.otf`);
    if (!fs.existsSync(file)) {
      // Written aside then renamed: builds and the dev server may unpack at once.
      const partial = `${file}.${process.pid}`;
      fs.writeFileSync(partial, otf);
      fs.renameSync(partial, file);
    }
    return file;
  };
  const files = new Map(subsets.flatMap((subset) => [400, 700].map((weight) => [`${subset}-${weight}`, unpack(subset, weight)] as const)));
  // libvips registers a font file the first time a text names it, for the rest of the process.
  return Promise.all([...files.values()].map((fontfile) => sharp({ text: { text: 'a', font: family, fontfile } }).raw().toBuffer())).then(() => ({
    regular: files.get('latin-400')!,
    bold: files.get('latin-700')!,
  }));
}

type Rgb = readonly [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const colors = {
  paper: rgb('#fafaf9'),
  ink: rgb('#1c1917'),
  accent: rgb('#9f1d20'),
  muted: rgb('#57534e'),
  footer: rgb('#44403c'),
  rule: rgb('#d6d3d1'),
};

/** Text as Pango draws it: one byte a pixel, 0 where there is no ink, 255 where it is solid. */
interface Mask {
  data: Buffer;
  width: number;
  height: number;
}

/** `markup` laid out on the measure; with `fitHeight`, at the largest size that fits in it. */
async function mask(markup: string, font: string, fontfile: string, fitHeight?: number): Promise<Mask> {
  const size = fitHeight ? { height: fitHeight } : { dpi: 72 };
  const { data, info } = await sharp({ text: { text: markup, font, fontfile, width: measure, ...size, wrap: 'word-char' } })
    // sharp hands out three equal bands: one is the mask.
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * The masks of the header line: the kind alone is one of four, and the kind
 * with the date is shared by the pieces of a day. A few hundred kept (at most
 * 40 KB each) spare Pango a third of its layouts at 5,000 pieces.
 */
const headerMasks = new Map<string, Promise<Mask>>();
function headerMask(markup: string, font: string, fontfile: string): Promise<Mask> {
  const key = `${font}\n${markup}`;
  let made = headerMasks.get(key);
  if (!made) {
    if (headerMasks.size >= 512) headerMasks.delete(headerMasks.keys().next().value!);
    headerMasks.set(key, (made = mask(markup, font, fontfile)));
  }
  return made;
}

/**
 * Paints `text` in `color` onto an RGB canvas, blending by its coverage. By
 * hand: libvips' composite works in premultiplied RGBA over the whole image,
 * 16 ms of the 23 an image took with it (colouring the masks with libvips
 * instead of here cost 3 ms more). Most of a mask is blank: only inked pixels
 * are blended, row by row, with no call per pixel.
 */
function paint(canvas: Buffer, text: Mask, left: number, top: number, color: Rgb | ((x: number) => Rgb)) {
  const { data } = text;
  const fixed = typeof color === 'function' ? undefined : color;
  const rows = Math.min(text.height, height - top);
  const columns = Math.min(text.width, width - left);
  for (let y = 0; y < rows; y++) {
    const from = y * text.width;
    const to = ((top + y) * width + left) * 3;
    for (let x = 0; x < columns; x++) {
      const alpha = data[from + x]!;
      if (alpha === 0) continue;
      const ink = fixed ?? (color as (x: number) => Rgb)(x);
      const at = to + x * 3;
      canvas[at] = canvas[at]! + Math.round(((ink[0] - canvas[at]!) * alpha) / 255);
      canvas[at + 1] = canvas[at + 1]! + Math.round(((ink[1] - canvas[at + 1]!) * alpha) / 255);
      canvas[at + 2] = canvas[at + 2]! + Math.round(((ink[2] - canvas[at + 2]!) * alpha) / 255);
    }
  }
}

function fill(canvas: Buffer, left: number, top: number, w: number, h: number, color: Rgb) {
  const row = Buffer.alloc(w * 3);
  for (let x = 0; x < w; x++) row.set(color, x * 3);
  for (let y = top; y < top + h; y++) row.copy(canvas, (y * width + left) * 3);
}

/** The frame, the same for every piece in a language: paper, the red top border, the rule and the site's name. */
const frames = new Map<string, Promise<Buffer>>();
function frame(siteName: string): Promise<Buffer> {
  let made = frames.get(siteName);
  if (!made) {
    made = (async () => {
      const { regular } = await (faces ??= loadFaces());
      const canvas = Buffer.alloc(width * height * 3);
      fill(canvas, 0, 0, width, height, colors.paper);
      fill(canvas, 0, 0, width, layout.border, colors.accent);
      fill(canvas, margin, layout.ruleTop, measure, 2, colors.rule);
      paint(canvas, await mask(escapeHtml(siteName), `${family} 32`, regular), margin, layout.footerTop, colors.footer);
      return canvas;
    })();
    frames.set(siteName, made);
  }
  return made;
}

async function title(view: ShareImageView, bold: string): Promise<Mask> {
  // Lines at 1.1 times the size, as a headline is set: Pango's own line height for this face is 1.3.
  const markup = `<span line_height="0.85">${escapeHtml(view.title)}</span>`;
  const first = view.title.length > 60 ? 1 : 0;
  let drawn = await mask(markup, `${family} Bold ${titleSizes[first]}`, bold);
  for (const size of titleSizes.slice(first + 1)) {
    if (drawn.height <= titleRoom) return drawn;
    drawn = await mask(markup, `${family} Bold ${size}`, bold);
  }
  // A title too long for the smallest size: Pango sizes it to the room left.
  return drawn.height <= titleRoom ? drawn : mask(markup, `${family} Bold`, bold, titleRoom);
}

export async function drawPreviewImage(view: ShareImageView): Promise<Buffer> {
  const { regular, bold } = await (faces ??= loadFaces());
  const upper = (s: string) => escapeHtml(s.toLocaleUpperCase(view.lang));
  const kindMarkup = `<span weight="bold">${upper(view.kindLabel)}</span>`;
  const spaced = (markup: string) => `<span letter_spacing="2048">${markup}</span>`;
  // One line, so that kind and date share a baseline (Pango crops a mask to
  // its ink, and an accent on either would shift it); the kind alone says
  // where its colour ends.
  const [background, header, kind, heading] = await Promise.all([
    frame(view.siteName),
    headerMask(spaced(`${kindMarkup}  ·  ${upper(view.dateLabel)}`), `${family} 30`, regular),
    headerMask(spaced(kindMarkup), `${family} 30`, regular),
    title(view, bold),
  ]);
  // A canvas that has been faulted in already: a fresh 2.3 MB buffer an image cost more than painting it.
  const canvas = canvases.pop() ?? Buffer.allocUnsafe(background.length);
  background.copy(canvas);
  paint(canvas, header, margin, layout.headerTop, (x) => (x <= kind.width ? colors.accent : colors.muted));
  const middle = (layout.headerBottom + layout.ruleTop) / 2;
  paint(canvas, heading, margin, Math.max(layout.headerBottom + 8, Math.round(middle - heading.height / 2)), colors.ink);
  try {
    return await sharp(canvas, { raw: { width, height, channels: 3 } }).png().toBuffer();
  } finally {
    canvases.push(canvas);
  }
}

/** Canvases of images already written, to draw the next ones on. */
const canvases: Buffer[] = [];
