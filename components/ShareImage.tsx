import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { shareImageSize, type ShareImageView } from '@/lib/views/piece';

/** The link preview of a piece (laid out by satori, which understands inline styles and flexbox only). */
export function ShareImage({ siteName, kindLabel, dateLabel, title, lang }: ShareImageView) {
  return (
    <div
      lang={lang}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fafaf9',
        color: '#1c1917',
        padding: '64px 72px',
        borderTop: '16px solid #9f1d20',
        fontFamily: 'Source Serif',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, letterSpacing: 2, textTransform: 'uppercase' }}>
        <span style={{ color: '#9f1d20', fontWeight: 700 }}>{kindLabel}</span>
        <span style={{ color: '#57534e', margin: '0 16px' }}>·</span>
        <span style={{ color: '#57534e' }}>{dateLabel}</span>
      </div>
      <div style={{ display: 'flex', fontSize: title.length > 60 ? 64 : 76, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 32, color: '#44403c', borderTop: '2px solid #d6d3d1', paddingTop: 24 }}>{siteName}</div>
    </div>
  );
}

// satori reads TTF, OTF and WOFF, not WOFF2 or variable fonts: the static cuts of the reading face.
const fontDir = path.join(process.cwd(), 'node_modules/@fontsource/source-serif-4/files');
const fonts = Promise.all([
  readFile(path.join(fontDir, 'source-serif-4-latin-400-normal.woff')),
  readFile(path.join(fontDir, 'source-serif-4-latin-700-normal.woff')),
]);

/**
 * The preview as PNG: satori lays it out as SVG, resvg's native build draws
 * it. The build makes one per version (10,000 at 5,000 pieces): next/og
 * (satori and resvg in WebAssembly) made 57 KB images; these are 30–35 KB,
 * and take less time.
 */
export async function renderShareImage(props: ShareImageView): Promise<Buffer> {
  const [regular, bold] = await fonts;
  const svg = await satori(<ShareImage {...props} />, {
    ...shareImageSize,
    fonts: [
      { name: 'Source Serif', data: regular, weight: 400, style: 'normal' },
      { name: 'Source Serif', data: bold, weight: 700, style: 'normal' },
    ],
  });
  // satori draws text as paths: resvg needs no font, and loading the system's took a third of its time.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
