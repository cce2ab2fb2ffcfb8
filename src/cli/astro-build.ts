/**
 * `astro build` in a child process, shared by `npm run build` and the benchmark that mirrors it,
 * with the social cards drawn meanwhile into the image cache (src/lib/site/png-cache.ts) by another
 * child process, src/cli/draw-cards.ts, at a low priority. Astro then finds each card there instead of
 * drawing it.
 *
 * Why: a card costs about 11 ms of CPU, and Astro keeps only part of the second core busy while it
 * sets up, bundles and renders. Drawing the cards beside it, at a priority that yields to Astro,
 * uses that idle share; the same work is done once either way. The cards go in the
 * reverse of the order Astro renders them (the card endpoint lists the site's, then the articles'
 * in dossier order), so the two meet once and at most a few cards are drawn twice. With the image
 * cache off (DOSSIER_IMAGE_CACHE=0) nothing is drawn ahead: Astro draws every card, as before.
 */
import { fork, spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { IMAGE_CACHE_DIR } from '../lib/site/png-cache.ts';
import type { SocialCard } from '../lib/site/social-card.ts';
import type { DrawReport, DrawRequest } from './draw-cards.ts';

export interface AstroBuild {
  /** Astro's exit code (1 when it was killed by a signal). */
  status: number;
  /** What Astro printed, when `capture` was set ('' otherwise: it went to this terminal). */
  log: string;
  /** Cards drawn into the cache beside Astro. */
  cardsAhead: number;
}

export interface AstroBuildOptions {
  /** The project's folder. */
  cwd: string;
  /** Astro's environment (its DOSSIER_IMAGE_CACHE decides whether cards are drawn ahead). */
  env: NodeJS.ProcessEnv;
  /** Arguments after `astro build`. */
  args: string[];
  /** The cards the card endpoint will render, in its order (src/lib/site/social-images.ts). */
  cards: readonly { card: SocialCard }[];
  /** Keep Astro's output instead of letting it through. */
  capture?: boolean;
}

/** Nice value of the card drawer: CFS then gives it about a tenth of a core that Astro wants. */
const DRAWER_NICENESS = 10;

/** Starts the card drawer; resolves, once told to stop, to the number of cards it drew. */
function startDrawer(cards: readonly { card: SocialCard }[], cacheDir: string): { stop(): Promise<number> } {
  const child = fork(join(import.meta.dirname, 'draw-cards.ts'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
  try {
    setPriority(child.pid!, DRAWER_NICENESS);
  } catch {
    // Not allowed here: it competes at normal priority, as Astro's own drawing would.
  }
  const report = new Promise<number>((resolve) => {
    child.on('message', (m: DrawReport) => resolve(m.drawn));
    child.on('exit', () => resolve(0));
    child.on('error', () => resolve(0));
  });
  child.send({ cards: cards.map((c) => c.card), cacheDir } satisfies DrawRequest);
  return {
    stop() {
      if (child.connected) child.send('stop' satisfies DrawRequest);
      return report;
    },
  };
}

export async function astroBuild({ cwd, env, args, cards, capture = false }: AstroBuildOptions): Promise<AstroBuild> {
  const drawer = env.DOSSIER_IMAGE_CACHE === '0' ? undefined : startDrawer(cards, join(cwd, IMAGE_CACHE_DIR));
  const child = spawn(process.execPath, [join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args], { cwd, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => chunks.push(c));
  child.stderr?.on('data', (c: Buffer) => chunks.push(c));
  const status = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  }).catch(async (error: unknown) => {
    // Stopped whatever happened to Astro: the drawer's open channel would keep this process alive.
    await drawer?.stop();
    throw error;
  });
  const cardsAhead = (await drawer?.stop()) ?? 0;
  return { status, log: Buffer.concat(chunks).toString('utf8'), cardsAhead };
}
