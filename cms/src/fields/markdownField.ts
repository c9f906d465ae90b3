import type { TextareaField } from 'payload'
import { externalImagesIn } from '@thidua/content-models'

/**
 * A Markdown text field edited with the portal's Markdown editor (toolbar, live preview rendered by
 * content-models' renderMarkdown, images from Media, paste from a word processor).
 */
export function markdownField(name: string, label: string, overrides: Partial<TextareaField> = {}): TextareaField {
  return {
    name,
    label,
    type: 'textarea',
    // Images from other sites are refused (issue #9, point 5): a reviewer's browser would fetch them.
    validate: (value: unknown) => {
      const external = typeof value === 'string' ? externalImagesIn(value) : []
      return external.length
        ? `Ảnh từ trang ngoài không được dùng (${external[0]!.slice(0, 80)}). Hãy tải ảnh lên Thư viện ảnh rồi chèn bằng nút “Chèn ảnh”.`
        : true
    },
    ...overrides,
    admin: {
      rows: 16,
      ...overrides.admin,
      components: { Field: '@/components/MarkdownEditor/MarkdownEditorField#MarkdownEditorField' },
    },
  }
}
