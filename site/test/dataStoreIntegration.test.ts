import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { dataStoreIntegration } from '../src/integrations/dataStoreIntegration.ts'

/**
 * The pages read Astro's content store from the file the sync wrote (src/integrations/
 * dataStoreIntegration.ts). The whole-site tests prove a build still finds every page's content;
 * these run the module the plugin makes, as a file Node imports.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'thidua-data-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface TransformPlugin { name: string; enforce: string; transform: { filter: { id: RegExp }; handler: (code: string, id: string) => { code: string } | undefined } }

/** The Vite plugin the integration adds for `command`, or null when it adds none. */
function pluginFor(command: 'build' | 'dev', cacheDir: string): TransformPlugin | null {
  let plugin: TransformPlugin | null = null
  const setup = dataStoreIntegration().hooks['astro:config:setup'] as unknown as (o: object) => void
  setup({ command, config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, updateConfig: (c: { vite: { plugins: TransformPlugin[] } }) => { plugin = c.vite.plugins[0]! } })
  return plugin
}

async function runModule(code: string, name: string): Promise<unknown> {
  const file = path.join(dir, `${name}.mjs`)
  writeFileSync(file, code)
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default
}

describe('the content store read from disk', () => {
  it('replaces only Astro\'s store module, and only in a build', () => {
    const plugin = pluginFor('build', dir)!
    expect(plugin.enforce).toBe('pre')
    expect(plugin.transform.filter.id.test('\0astro:data-layer-content')).toBe(true)
    expect(plugin.transform.filter.id.test('astro:data-layer-content')).toBe(false)
    expect(plugin.transform.handler('export default 1', '\0astro:content')).toBeUndefined()
    expect(pluginFor('dev', dir)).toBeNull()
  })

  it('gives the pages what the sync wrote, read when the bundle loads', async () => {
    const cache = path.join(dir, 'cache')
    const store = [['articles'], { title: 'Chị Hoà ở bản Phìn Hồ' }]
    const { code } = pluginFor('build', cache)!.transform.handler('export default JSON.parse("[]")', '\0astro:data-layer-content')!
    mkdirSync(cache, { recursive: true })
    writeFileSync(path.join(cache, 'data-store.json'), JSON.stringify(store))
    expect(code).not.toContain('Phìn Hồ')
    expect(await runModule(code, 'with-store')).toEqual(store)
  })

  it('reads as an empty store when the sync wrote none, as Astro\'s own module does', async () => {
    const { code } = pluginFor('build', path.join(dir, 'never-synced'))!.transform.handler('export default JSON.parse("[]")', '\0astro:data-layer-content')!
    expect(await runModule(code, 'without-store')).toEqual(new Map())
  })
})
