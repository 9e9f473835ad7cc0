import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { ContentLibrary } from '@/lib/content/library';
import { librarySource, writeSnapshot } from '@/lib/content/current';
import { contentFixture, tagsYaml, version } from './fixture';

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
    const get = librarySource(dir, false);
    const first = get();
    edit(dir, 'articles/one/fr.md', version({ title: 'Titre changé' }));
    expect(get()).toBe(first);
    expect(get().piece('one')?.versions.fr?.title).toBe('Premier titre');
  });

  it('in development, keeps the library while nothing changes and reloads after an edit, an addition or a removal', () => {
    const dir = tree();
    const get = librarySource(dir, true);
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
    const get = librarySource(dir, true);
    get();
    edit(dir, 'articles/one/fr.md', version({ date: '2022-02-30' }));
    expect(get).toThrow(/articles\/one\/fr\.md: date/);
  });
});

describe('build snapshot', () => {
  const valid = path.join(__dirname, '..', 'fixtures', 'valid');
  const file = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-')), 'library.json');

  it('gives back the same library, each tag one shared object again', () => {
    const library = ContentLibrary.load(valid);
    const restored = ContentLibrary.fromSnapshot(JSON.parse(JSON.stringify(library.toSnapshot())));
    expect(restored.pieces).toEqual(library.pieces);
    expect(restored.piece('alpha')!.tags[0]).toBe(restored.tag('kazakhstan'));
    expect(restored.piece('alpha')!.versions.en!.tags[1]).toBe(restored.tag('tokayev'));
    expect(restored.months()).toEqual(library.months());
  });

  it('is read instead of the files only while it is of exactly these files', () => {
    const dir = tree();
    const snapshot = file();
    writeSnapshot(ContentLibrary.load(dir), dir, snapshot);
    // A snapshot that says something the files do not: it is used while the files are unchanged…
    const [header, piece] = fs.readFileSync(snapshot, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    piece.versions.fr.title = 'From the snapshot';
    fs.writeFileSync(snapshot, `${JSON.stringify(header)}\n${JSON.stringify(piece)}\n`);
    expect(librarySource(dir, false, snapshot)().piece('one')?.versions.fr?.title).toBe('From the snapshot');
    // …and not once a file has changed, nor for another tree.
    edit(dir, 'articles/one/fr.md', version({ title: 'Titre changé' }));
    expect(librarySource(dir, false, snapshot)().piece('one')?.versions.fr?.title).toBe('Titre changé');
    expect(librarySource(tree(), false, snapshot)().piece('one')?.versions.fr?.title).toBe('Premier titre');
  });
});
