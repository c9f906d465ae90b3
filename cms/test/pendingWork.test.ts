import { describe, expect, it } from 'vitest'
import { PendingWork } from '../src/pendingWork.ts'

const later = (ms: number, fail = false) => new Promise<void>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('refused')) : resolve()), ms))

describe('PendingWork', () => {
  it('settles once every piece has finished, those started meanwhile included, failed ones too', async () => {
    const work = new PendingWork()
    const finished: string[] = []
    work.track(later(5).then(() => {
      finished.push('first')
      // Started while the caller already waits: settled() must wait for it too.
      work.track(later(5).then(() => void finished.push('second')))
    }))
    work.track(later(1, true).catch(() => finished.push('failed')).then(() => { throw new Error('rejects after logging') }))
    await work.settled()
    expect(finished.sort()).toEqual(['failed', 'first', 'second'])
  })

  it('settles at once with nothing pending', async () => {
    await expect(new PendingWork().settled()).resolves.toBeUndefined()
  })
})
