/**
 * What one build works out once and shares between its pages (the site model, the feeds, the fast
 * path's plan...): kept on globalThis under Symbol.for('thidua.site.buildScope'), not in module
 * variables. The warm build server (scripts/buildServer.ts) clears that key before each build, so
 * a build's data is freed when the next one starts, although Node keeps every build's page modules
 * loaded (about 160 MB a build at 10,000 articles otherwise, and slower garbage collection with
 * each). Two copies of a module in one build (the pages' bundle, an integration) share one value.
 */
const KEY = Symbol.for('thidua.site.buildScope')

/** The value of `name` in this build, made by `make` the first time it is asked. */
export function perBuild<T>(name: string, make: () => T): T {
  const g = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>
  const scope = (g[KEY] ??= new Map())
  if (!scope.has(name)) scope.set(name, make())
  return scope.get(name) as T
}

/**
 * Forgets everything builds share through globalThis (every Symbol.for('thidua.site.…') key: this
 * scope, the fast path's plan, what each page showed, the image and search registrations), so the
 * next build in this process starts as in a new one (scripts/buildServer.ts).
 */
export function clearBuildState(): void {
  const g = globalThis as unknown as Record<symbol, unknown>
  for (const key of Object.getOwnPropertySymbols(g)) {
    if (Symbol.keyFor(key)?.startsWith('thidua.site.')) delete g[key]
  }
}
