'use client'
import type { ReactNode } from 'react'
import type { MarkdownCommand } from './markdownCommands.ts'
import styles from './MarkdownEditorField.module.css'

export type EditorMode = 'edit' | 'preview' | 'split'

interface ToolbarButton {
  command: MarkdownCommand | 'image'
  label: string
  glyph: ReactNode
  shortcut?: string
}

/** Buttons in the order editors expect from word processors: structure, emphasis, blocks, media. */
const BUTTONS: ToolbarButton[][] = [
  [
    { command: 'heading2', label: 'Tiêu đề H2', glyph: 'H2' },
    { command: 'heading3', label: 'Tiêu đề H3', glyph: 'H3' },
  ],
  [
    { command: 'bold', label: 'Đậm', glyph: <strong>B</strong>, shortcut: 'B' },
    { command: 'italic', label: 'Nghiêng', glyph: <em>I</em>, shortcut: 'I' },
  ],
  [
    { command: 'bulletList', label: 'Danh sách', glyph: <><span className={styles.mark} data-mark="•" />Danh sách</> },
    { command: 'orderedList', label: 'Danh sách số', glyph: <><span className={styles.mark} data-mark="1." />Danh sách số</> },
    { command: 'quote', label: 'Trích dẫn', glyph: <><span className={styles.mark} data-mark="❝" />Trích dẫn</> },
  ],
  [
    { command: 'link', label: 'Liên kết', glyph: 'Liên kết', shortcut: 'K' },
    { command: 'image', label: 'Chèn ảnh', glyph: 'Chèn ảnh' },
    { command: 'table', label: 'Bảng', glyph: 'Bảng' },
  ],
]

const MODES: { mode: EditorMode; label: string }[] = [
  { mode: 'edit', label: 'Soạn thảo' },
  { mode: 'preview', label: 'Xem trước' },
  { mode: 'split', label: 'Song song' },
]

interface MarkdownToolbarProps {
  disabled: boolean
  mode: EditorMode
  modifierKey: string
  onCommand: (command: MarkdownCommand | 'image') => void
  onModeChange: (mode: EditorMode) => void
  textareaId: string
}

/** The formatting buttons and the Soạn thảo / Xem trước / Song song switch above the editor. */
export function MarkdownToolbar({ disabled, mode, modifierKey, onCommand, onModeChange, textareaId }: MarkdownToolbarProps) {
  return (
    <div className={styles.toolbar}>
      <div className={styles.buttons} role="toolbar" aria-label="Định dạng Markdown" aria-controls={textareaId}>
        {BUTTONS.map((group, i) => (
          <div className={styles.group} key={i}>
            {group.map(({ command, label, glyph, shortcut }) => (
              <button
                aria-keyshortcuts={shortcut ? `Control+${shortcut} Meta+${shortcut}` : undefined}
                aria-label={label}
                className={styles.button}
                disabled={disabled || mode === 'preview'}
                key={command}
                // Keep the textarea's selection: a mousedown on a button would otherwise move focus.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onCommand(command)}
                title={shortcut ? `${label} (${modifierKey}+${shortcut})` : label}
                type="button"
              >
                {glyph}
              </button>
            ))}
          </div>
        ))}
      </div>
      <div className={styles.modes} role="group" aria-label="Chế độ hiển thị">
        {MODES.map(({ mode: value, label }) => (
          <button
            aria-pressed={mode === value}
            className={styles.mode}
            key={value}
            onClick={() => onModeChange(value)}
            title={label}
            type="button"
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  )
}
