import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { ContentLibrary } from '@/lib/content/library';
import { contentStamp, librarySource } from '@/lib/content/current';
import { openSnapshot, snapshotFiles, writeSnapshot, type SnapshotFiles } from '@/lib/content/snapshot';
import { contentFixture, tagsYaml, version } from './fixture';

/** Snapshot files that do not exist. */
const none = () => snapshotFiles(path.join(os.tmpdir(), 'no-snapshot-here'));

function tree() {
  return contentFixture({ 'tags.yaml': tagsYaml, 'articles/one/fr.md': version({ title: 'Premier titre' }) });
}

function edit(dir: string, file: string, text: string) {
  fs.writeFileSync(path.join(dir, file), text);
  // Coarse file-system clocks could leave the time unchanged; the size changes too, but make sure.
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(path.join(dir, file), later, later);
}

describe('librarySource', () => {
  it('loads once and keeps the same library when files change, outside development', () => {
    const dir = tree();
    const get = librarySource(dir, 'build', none());
    const first = get();
    edit(dir, 'articles/one/fr.md', version({ title: 'Titre changé' }));
    expect(get()).toBe(first);
    expect(get().piece('one')?.versions.fr?.title).toBe('Premier titre');
  });

  it('in development, keeps the library while nothing changes and reloads after an edit, an addition or a removal', () => {
    const dir = tree();
    const get = librarySource(dir, 'development');
    const first = get();
    expect(get()).toBe(first);

    edit(dir, 'articles/one/fr.md', version({ title: 'Titre changé' }));
    const edited = get();
    expect(edited).not.toBe(first);
    expect(edited.piece('one')?.versions.fr?.title).toBe('Titre changé');

    fs.mkdirSync(path.join(dir, 'articles/two'));
    edit(dir, 'articles/two/fr.md', version({ title: 'Deuxième' }));
    expect(get().pieces.map((p) => p.slug).sort()).toEqual(['one', 'two']);

    fs.rmSync(path.join(dir, 'articles/two'), { recursive: true });
    expect(get().pieces.map((p) => p.slug)).toEqual(['one']);
  });

  it('in development, an edit that breaks a file is reported on the next load, naming the file and the field', () => {
    const dir = tree();
    const get = librarySource(dir, 'development');
    get();
    edit(dir, 'articles/one/fr.md', version({ date: '2022-02-30' }));
    expect(get).toThrow(/articles\/one\/fr\.md: date/);
  });
});

describe('build snapshot', () => {
  const valid = path.join(__dirname, '..', 'fixtures', 'valid');
  const files = () => snapshotFiles(fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-')));
  const bodies = (library: ContentLibrary) => library.pieces.flatMap((p) => Object.values(p.versions).map((v) => v.body()));
  const cards = (library: ContentLibrary) => library.pieces.map((p) => ({ ...p, versions: Object.values(p.versions).map((v) => ({ ...v, body: undefined })) }));
  const snapshotOf = (dir: string, to: SnapshotFiles) => writeSnapshot(ContentLibrary.load(dir), { dir: path.resolve(dir), stamp: contentStamp(dir) }, to);

  it('gives back the same library, each tag one shared object again, bodies read from their file', () => {
    const library = ContentLibrary.load(valid);
    const to = files();
    snapshotOf(valid, to);
    const restored = openSnapshot(to).library();
    expect(cards(restored)).toEqual(cards(library));
    expect(bodies(restored)).toEqual(bodies(library));
    expect(bodies(restored).length).toBeGreaterThan(5);
    expect(restored.piece('alpha')!.tags[0]).toBe(restored.tag('kazakhstan'));
    expect(restored.piece('alpha')!.versions.en!.tags[1]).toBe(restored.tag('tokayev'));
    const months = (l: ContentLibrary) => l.months().map(({ month, pieces }) => [month, pieces.map((p) => p.slug)]);
    expect(months(restored)).toEqual(months(library));
    // The bodies stay on disk: the library file holds none of their text.
    const alpha = library.piece('alpha')!.versions.fr!.body();
    expect(fs.readFileSync(to.library, 'utf8')).not.toContain(alpha.html);
    expect(fs.readFileSync(to.bodies, 'utf8')).toContain(JSON.stringify(alpha.html));
  });

  it('is read by a build worker only while it is of exactly these files', () => {
    const dir = tree();
    const build = files();
    snapshotOf(dir, build);
    // A snapshot that says something the files do not: it is used while the files are unchanged…
    const [header, piece] = fs.readFileSync(build.library, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    piece.versions.fr.title = 'From the snapshot';
    fs.writeFileSync(build.library, `${JSON.stringify(header)}\n${JSON.stringify(piece)}\n`);
    const worker = (d: string) => librarySource(d, 'build', build)();
    expect(worker(dir).piece('one')?.versions.fr?.title).toBe('From the snapshot');
    // …and not once a file has changed, nor for another tree.
    edit(dir, 'articles/one/fr.md', version({ title: 'Titre changé' }));
    expect(worker(dir).piece('one')?.versions.fr?.title).toBe('Titre changé');
    expect(worker(tree()).piece('one')?.versions.fr?.title).toBe('Premier titre');
  });
});
