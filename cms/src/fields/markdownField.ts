import type { TextareaField } from 'payload'

/**
 * A Markdown text field edited with the portal's Markdown editor (toolbar, live preview rendered by
 * content-models' renderMarkdown, images from Media, paste from a word processor).
 */
export function markdownField(name: string, label: string, overrides: Partial<TextareaField> = {}): TextareaField {
  return {
    name,
    label,
    type: 'textarea',
    ...overrides,
    admin: {
      rows: 16,
      ...overrides.admin,
      components: { Field: '@/components/MarkdownEditor/MarkdownEditorField#MarkdownEditorField' },
    },
  }
}
