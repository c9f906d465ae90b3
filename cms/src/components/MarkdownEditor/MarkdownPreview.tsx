'use client'
import { renderMarkdown } from '@thidua/content-models'
import { useDeferredValue, useMemo } from 'react'
import styles from './MarkdownEditorField.module.css'

/**
 * The live preview, rendered by the same function as the portal and the press feeds
 * (content-models' renderMarkdown: marked + an allow-list sanitiser), so the editor sees what
 * readers will get. Rendering is deferred so that typing in a long article stays fluid.
 */
export function MarkdownPreview({ id, markdown }: { id: string; markdown: string }) {
  const deferred = useDeferredValue(markdown)
  const html = useMemo(() => renderMarkdown(deferred), [deferred])
  if (deferred.trim() === '') {
    return (
      <div className={`${styles.preview} ${styles.previewEmpty}`} id={id} data-markdown-preview="">
        Chưa có nội dung để xem trước.
      </div>
    )
  }
  // The HTML comes out of the sanitiser the site and feeds rely on; see renderMarkdown.
  return <div className={styles.preview} id={id} data-markdown-preview="" dangerouslySetInnerHTML={{ __html: html }} />
}
