/** Astro's glob loader for one of our collections: its files and ids as src/lib/content/content-layout.ts says. */
import { glob } from 'astro/loaders';
import { entryId, type CollectionFiles } from './content-layout.ts';

/** The loader src/content.config.ts gives a collection: Astro's own glob, with our id rule instead of its default. */
export function collectionLoader(files: CollectionFiles) {
  return glob({ pattern: files.pattern, base: `./${files.base}`, generateId: ({ entry }) => entryId(entry) });
}
