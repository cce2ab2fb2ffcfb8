/**
 * One id rule: Astro's own glob loader, as src/content.config.ts configures it, and the
 * pre-build check give every file the same id and pick the same files, even for names
 * Astro's default rule would treat differently (folders, capitals, accents, spaces, a `slug:` field). Note that github-slugger keeps accented letters..
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseContent } from '../../src/lib/content/content-check.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { COLLECTION_FILES, entryId } from '../../src/lib/content/content-layout.ts';
import { collectionLoader } from '../../src/lib/content/content-loader.ts';

const root = mkdtempSync(join(tmpdir(), 'content-ids-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NAMES = ['Été 2016 Bilan.yaml', 'sous-dossier/Très Haut Débit.yaml', 'comparaison-Plan 2015.yaml', 'avec-slug.yaml', 'notes.txt'];
for (const name of NAMES) {
  mkdirSync(join(root, 'content/data', name, '..'), { recursive: true });
  writeFileSync(join(root, 'content/data', name), name === 'avec-slug.yaml' ? 'slug: autre-id\n' : 'title: x\n');
}

type Loader = ReturnType<typeof glob>;
/** Runs an Astro loader the way Astro's build does, with just what the glob loader reads; returns the ids it stored. */
async function idsFrom(loader: Loader): Promise<string[]> {
  const entries = new Map<string, unknown>();
  const store = {
    keys: () => entries.keys(),
    get: (id: string) => entries.get(id),
    delete: (id: string) => entries.delete(id),
    set: (entry: { id: string }) => (entries.set(entry.id, entry), true),
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
  const rootUrl = pathToFileURL(`${root}/`);
  const context = {
    config: { root: rootUrl, srcDir: new URL('src/', rootUrl) },
    collection: 'test',
    logger: { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    store,
    generateDigest: (s: string) => s,
    entryTypes: new Map([['.yaml', { getEntryInfo: ({ fileUrl }: { fileUrl: URL }) => ({ data: parse(readFileSync(fileUrl, 'utf8')) ?? {} }) }]]),
  };
  await loader.load(context as unknown as Parameters<Loader['load']>[0]);
  return [...entries.keys()].sort();
}

describe('collection ids', () => {
  it('are the same in Astro\'s loader and in the pre-build check, file for file', async () => {
    // Every test file is an invalid entry, so the check names each file it read in a problem.
    const read = [...new Set(parseContent(readContentFiles(root)).problems.map((p) => p.file).filter((f) => f.startsWith('content/data/')))];
    const fromCheck = {
      datasets: read.filter((f) => !f.includes('comparaison-')).map(entryId).sort(),
      comparisons: read.filter((f) => f.includes('comparaison-')).map(entryId).sort(),
    };
    expect(await idsFrom(collectionLoader(COLLECTION_FILES.datasets))).toEqual(fromCheck.datasets);
    expect(await idsFrom(collectionLoader(COLLECTION_FILES.comparisons))).toEqual(fromCheck.comparisons);
    expect(fromCheck.datasets).toEqual(['avec-slug', 'très-haut-débit', 'été-2016-bilan']);
    expect(fromCheck.comparisons).toEqual(['comparaison-plan-2015']);
  });

  it('would diverge with Astro\'s default rule, which is why the collections pass ours', async () => {
    const astroDefault = await idsFrom(glob({ pattern: COLLECTION_FILES.datasets.pattern, base: `./${COLLECTION_FILES.datasets.base}` }));
    expect(astroDefault).toContain('sous-dossier/très-haut-débit');
    expect(astroDefault).toContain('autre-id');
  });
});
