import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { librarySource } from '@/lib/content/current';
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
