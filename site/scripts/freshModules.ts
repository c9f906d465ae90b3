import { registerHooks } from 'node:module'

/**
 * Makes Node load the modules under any folder named `folder` (e.g. '.prerender') afresh after each
 * `next()`, although their files have the same names: Node caches a module by its URL for the
 * life of the process, so code that a process imports again from the same file would otherwise
 * keep the module-level state of the first import. Each URL gets the current generation as a
 * query (`?thidua-build=N`); imports between those modules resolve to the same generation.
 * For the warm build server (buildServer.ts), where Astro imports the bundle of the pages it has
 * just written, whose chunks keep their names when their code did not change.
 */
export function loadAfresh(folder: string): { next(): void } {
  const marker = `/${folder}/`
  let generation = 0
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context)
      if (!resolved.url.startsWith('file:') || !resolved.url.includes(marker)) return resolved
      const url = new URL(resolved.url)
      url.searchParams.set('thidua-build', String(generation))
      return { ...resolved, url: url.href }
    },
  })
  return { next: () => void generation++ }
}
