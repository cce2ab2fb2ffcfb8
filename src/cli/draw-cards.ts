/**
 * Child process of src/cli/astro-build.ts: draws social cards into an image cache, last card first,
 * one at a time, until told to stop. It runs at a low priority, so it takes only the CPU that Astro
 * leaves idle. It answers with the number of cards it drew.
 */
import { warmSocialCard, type SocialCard } from '../lib/site/social-card.ts';

export type DrawRequest = { cards: SocialCard[]; cacheDir: string } | 'stop';
export interface DrawReport {
  drawn: number;
}

if (!process.send) {
  process.stderr.write('draw-cards: run by src/cli/astro-build.ts, with an IPC channel\n');
  process.exit(2);
}

let stopped = false;
let drawing: Promise<number> | undefined;

async function draw(cards: SocialCard[], cacheDir: string): Promise<number> {
  let drawn = 0;
  for (let i = cards.length - 1; i >= 0 && !stopped; i--) {
    // A card that fails here fails again in Astro, which reports it with its page.
    if (await warmSocialCard(cards[i]!, cacheDir).catch(() => false)) drawn++;
  }
  return drawn;
}

// The build went away without a word (killed, crashed): nothing will read the rest.
process.on('disconnect', () => {
  stopped = true;
});

process.on('message', (request: DrawRequest) => {
  if (request !== 'stop') {
    drawing = draw(request.cards, request.cacheDir);
    return;
  }
  stopped = true;
  void (drawing ?? Promise.resolve(0)).then((drawn) => process.send!({ drawn } satisfies DrawReport, () => process.exit(0)));
});
