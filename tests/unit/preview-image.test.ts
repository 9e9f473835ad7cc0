import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { previewImages } from '@/lib/build/preview-images';
import { drawPreviewImage } from '@/lib/preview-image';
import { sfntOfWoff } from '@/lib/woff';

const woffFile = path.join(process.cwd(), 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff');

/** The OpenType checksum of a table: its bytes as big-endian uint32s, summed modulo 2^32. */
function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('sfntOfWoff', () => {
  it('unpacks every table of a WOFF into an OpenType font whose tables carry the checksums of the original', () => {
    const woff = fs.readFileSync(woffFile);
    const sfnt = sfntOfWoff(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const numTables = sfnt.readUInt16BE(4);
    expect(numTables).toBe(woff.readUInt16BE(12));
    expect(numTables).toBeGreaterThan(8);
    const tags: string[] = [];
    for (let i = 0; i < numTables; i++) {
      const record = 12 + i * 16;
      const tag = sfnt.toString('latin1', record, record + 4);
      const offset = sfnt.readUInt32BE(record + 8);
      const data = Buffer.from(sfnt.subarray(offset, offset + sfnt.readUInt32BE(record + 12)));
      expect(offset % 4, tag).toBe(0);
      // head's checksum is taken with its checkSumAdjustment field (bytes 8-11) at zero.
      if (tag === 'head') data.writeUInt32BE(0, 8);
      expect(checksum(data), tag).toBe(sfnt.readUInt32BE(record + 4));
      tags.push(tag);
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post']));
  });

  it('refuses a file that is not a WOFF', () => {
    expect(() => sfntOfWoff(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'.padEnd(64)))).toThrow(/not a WOFF 1\.0 file/);
  });
});

describe('drawPreviewImage', () => {
  const view = { siteName: 'The Kazakh Reader', kindLabel: 'Analysis', dateLabel: 'January 12, 2022', lang: 'en' };

  it('draws a 1200 × 630 PNG without transparency, different for each title', async () => {
    const [a, b] = await Promise.all([drawPreviewImage({ ...view, title: 'Kazakhstan in crisis' }), drawPreviewImage({ ...view, title: 'Between East and West' })]);
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels, meta.hasAlpha]).toEqual(['png', 1200, 630, 3, false]);
    expect(a.equals(b)).toBe(false);
  });

  it('draws markup characters as text, and fits a title far longer than a headline', async () => {
    const long = `<b>Q&A</b> — ${'Қазақстан, from Almaty to Astana and back again, '.repeat(8)}`;
    const png = await drawPreviewImage({ ...view, title: long });
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
    // The footer's rule is still visible below the title: the title was fitted above it.
    const { data } = await sharp(png).extract({ left: 600, top: 500, width: 1, height: 2 }).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0xd6, 0xd3, 0xd1]);
  });
});

describe('previewImages, kept between builds', () => {
  const view = { siteName: 'Le Lecteur', kindLabel: 'Analyse', dateLabel: '12 janvier 2022', lang: 'fr', title: 'Entre Orient et Occident' };

  it('draws an image once, links it into later builds, and forgets the images no build uses any more', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'previews-'));
    const cache = path.join(dir, 'cache');
    try {
      const first = previewImages(process.cwd(), cache);
      await first.write(view, path.join(dir, 'a.png'));
      await first.write({ ...view, title: 'Un autre titre' }, path.join(dir, 'b.png'));
      expect(first.prune()).toEqual({ drawn: 2, kept: 0 });

      // The next build: one title unchanged, one edited.
      const second = previewImages(process.cwd(), cache);
      await second.write(view, path.join(dir, 'a2.png'));
      await second.write({ ...view, title: 'Un titre corrigé' }, path.join(dir, 'c.png'));
      expect(second.prune()).toEqual({ drawn: 1, kept: 1 });
      expect(fs.readFileSync(path.join(dir, 'a2.png')).equals(fs.readFileSync(path.join(dir, 'a.png')))).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'c.png')).equals(await drawPreviewImage({ ...view, title: 'Un titre corrigé' }))).toBe(true);
      // Only the two images the last build used are left in the cache.
      expect(fs.readdirSync(cache)).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
