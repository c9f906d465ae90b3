/**
 * Settings for the native allocator inside the processes that run Astro's build (issue #14).
 *
 * Vite's bundler (rolldown) and Astro's compiler are Rust modules that allocate through their own
 * mimalloc, in Node's process. Bundling the pages of a 10,000-article site leaves a few hundred MB
 * that rolldown has freed but mimalloc keeps: on transparent huge pages, and purged only when its
 * threads, idle from then on, next allocate. The render that follows holds it to the end. Purging at
 * once, on normal pages, gives it back: Node's peak over a cold build of the benchmark was
 * 1,050-1,180 MB in three runs with these, 1,200-1,360 MB in four without (scripts/bench-site.ts).
 *
 * mimalloc reads these when the module loads, so they must be in the environment before Astro is
 * imported: build.ts passes them to the Astro process it starts, and the build server sets them on
 * itself before importing Astro. A value already in the environment wins.
 */
export const NATIVE_ALLOCATOR_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ALLOW_THP: '0' }

/** `env` with the allocator's settings added where it has none of its own (unset or empty). */
export function withNativeAllocatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const added = Object.entries(NATIVE_ALLOCATOR_ENV).filter(([name]) => !env[name])
  return { ...env, ...Object.fromEntries(added) }
}
