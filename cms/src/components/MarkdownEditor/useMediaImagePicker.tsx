'use client'
import { useConfig, useListDrawer } from '@payloadcms/ui'
import { COLLECTIONS } from '@thidua/content-models'
import { useCallback, useRef, type ReactElement } from 'react'
import { mediaImageMarkdown, type MediaImageDoc } from './mediaImageMarkdown.ts'

interface MediaImagePicker {
  /** Payload's list drawer of the Media collection (search by alt text, thumbnails, upload new). */
  drawer: ReactElement
  openPicker: () => void
}

/**
 * "Chèn ảnh": Payload's own list drawer over the Media collection, the same one upload fields
 * use, so editors search, page and even upload a new photo there. The row the drawer hands back
 * may hold only the list's columns, so the chosen document is read again over REST (the editor's
 * session cookie) for its alt text and image sizes.
 */
export function useMediaImagePicker(onPick: (markdown: string) => void, onError: (message: string) => void): MediaImagePicker {
  const { config } = useConfig()
  const [ListDrawer, , { openDrawer, closeDrawer }] = useListDrawer({ collectionSlugs: [COLLECTIONS.media] })
  // Refs keep onSelect stable while the caller's callbacks change with every keystroke.
  const callbacks = useRef({ onPick, onError })
  callbacks.current = { onPick, onError }

  const onSelect = useCallback(
    async ({ doc }: { doc: { id?: unknown } }) => {
      closeDrawer()
      const url = `${config.routes.api}/${COLLECTIONS.media}/${encodeURIComponent(String(doc.id))}?depth=0`
      try {
        const response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } })
        if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
        const markdown = mediaImageMarkdown((await response.json()) as MediaImageDoc)
        if (markdown === undefined) throw new Error(`media ${String(doc.id)} has no URL`)
        callbacks.current.onPick(markdown)
      } catch (error) {
        console.error('Markdown editor: could not read the chosen media document; check the Media API.', error)
        callbacks.current.onError('Không tải được ảnh đã chọn. Vui lòng thử lại hoặc chọn ảnh khác.')
      }
    },
    [closeDrawer, config.routes.api],
  )

  return { drawer: <ListDrawer allowCreate onSelect={onSelect} />, openPicker: openDrawer }
}
