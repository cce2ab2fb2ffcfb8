/**
 * Each registered kind's Astro component, found by its folder: `src/charts/<kind>/<Kind>Chart.astro`.
 * Astro components cannot sit in the registry (the pre-build check loads it in plain Node), so
 * `Chart.astro` globs them and this pairs them with the registry, refusing a kind without its
 * component and a component whose folder is not registered. Pure.
 */

/** The kind a component's path belongs to: its folder under src/charts (`../charts/budget/BudgetChart.astro` → budget). */
export function kindFolder(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
}

/**
 * The component of each kind, from the globbed modules (path → module), as a lookup. Throws,
 * naming the folder and the file to add, when the registry and the folders disagree.
 */
export function componentsByKind<C, K extends string>(modules: Record<string, { default: C }>, kinds: readonly K[]): (kind: K) => C {
  const found = new Map<string, C>();
  for (const [path, module] of Object.entries(modules)) {
    const folder = kindFolder(path);
    if (found.has(folder)) throw new Error(`src/charts/${folder}/ has two *Chart.astro components: keep one, named after the kind`);
    found.set(folder, module.default);
  }
  const unregistered = [...found.keys()].filter((folder) => !(kinds as readonly string[]).includes(folder));
  if (unregistered.length)
    throw new Error(`src/charts/${unregistered[0]}/ has a chart component but no entry in src/charts/registry.ts: add its kind to CHART_REGISTRY (registered: ${kinds.join(', ')})`);
  const missing = kinds.find((kind) => !found.has(kind));
  if (missing !== undefined) throw new Error(`chart kind "${missing}" has no component: add src/charts/${missing}/${missing.charAt(0).toUpperCase()}${missing.slice(1)}Chart.astro`);
  return (kind) => {
    const component = found.get(kind);
    if (component === undefined) throw new Error(`chart kind "${kind}" has no component`);
    return component;
  };
}
