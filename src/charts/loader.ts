/**
 * The one chart script a page loads (ChartFrame.astro includes it): it finds each kind's enhancer
 * by folder (`src/charts/<kind>/enhance.ts`) and imports it when a chart of that kind comes into
 * view. A single entry that imports nothing up front: the page requests it once it has loaded and
 * painted (src/cli/page-rewrites.ts), and never waits on it to paint.
 */
import { enhanceWhenVisible, type EnhancerLoaders } from './lib/observe.ts';

const enhancers = import.meta.glob('./*/enhance.ts');

/** `./budget/enhance.ts` → `budget`: the folder is the kind's name, as in the registry. */
const loaders: EnhancerLoaders = Object.fromEntries(Object.entries(enhancers).map(([path, load]) => [path.split('/')[1]!, load]));

enhanceWhenVisible(loaders);
