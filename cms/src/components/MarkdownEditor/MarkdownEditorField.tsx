'use client'
import {
  FieldDescription,
  FieldError,
  FieldLabel,
  RenderCustomComponent,
  fieldBaseClass,
  useField,
  withCondition,
} from '@payloadcms/ui'
import { htmlToMarkdown } from '@thidua/content-models'
import type { TextareaFieldClientComponent, TextareaFieldValidation, Validate } from 'payload'
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { applyEditToTextarea } from './applyEditToTextarea.ts'
import { insertBlock, markdownCommand, type MarkdownCommand, type TextEdit } from './markdownCommands.ts'
import { MarkdownPreview } from './MarkdownPreview.tsx'
import { MarkdownToolbar } from './MarkdownToolbar.tsx'
import { useEditorMode } from './useEditorMode.ts'
import { useMediaImagePicker } from './useMediaImagePicker.tsx'
import styles from './MarkdownEditorField.module.css'

const SHORTCUTS: Record<string, MarkdownCommand> = { b: 'bold', i: 'italic', k: 'link' }

/**
 * The Markdown editor used by every Markdown field (article body, exemplar achievements and
 * initiatives, movement description; see fields/markdownField.ts): a textarea that saves like
 * Payload's own, with a Vietnamese toolbar, Ctrl/⌘+B/I/K, a live preview rendered by the portal's
 * renderMarkdown, images from the media library and paste from Word / LibreOffice / Google Docs
 * converted to Markdown (issue #2).
 */
const MarkdownEditorFieldComponent: TextareaFieldClientComponent = (props) => {
  const {
    field: { admin: { className, description, placeholder, rows } = {}, label, localized, maxLength, minLength, required },
    path: pathFromProps,
    readOnly,
    validate,
  } = props

  // As Payload's TextareaField does: the field's limits join the validation options.
  const memoizedValidate = useCallback<Validate>(
    (value, options) => {
      if (typeof validate !== 'function') return true
      const withLimits = { ...options, maxLength, minLength, required } as Parameters<TextareaFieldValidation>[1]
      return validate(value, withLimits)
    },
    [validate, maxLength, minLength, required],
  )
  const {
    customComponents: { AfterInput, BeforeInput, Description, Error, Label } = {},
    disabled,
    path,
    setValue,
    showError,
    value,
  } = useField<string>({ potentiallyStalePath: pathFromProps, validate: memoizedValidate })

  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const plainPaste = useRef(false)
  const [mode, setMode] = useEditorMode()
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null)
  const [modifierKey, setModifierKey] = useState('Ctrl')
  useEffect(() => setModifierKey(/Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl'), [])

  const isReadOnly = Boolean(readOnly || disabled)
  const id = `field-${path.replace(/\./g, '__')}`
  const previewId = `${id}-preview`
  const markdown = typeof value === 'string' ? value : ''

  const apply = useCallback(
    (edit: (text: string, selection: { start: number; end: number }) => TextEdit) => {
      const textarea = textareaRef.current
      if (!textarea) return
      const selection = { start: textarea.selectionStart, end: textarea.selectionEnd }
      // After React has finished the current event: text inserted from inside a React handler
      // (paste, shortcut) is rewritten by React's controlled-input restore and drops out of the
      // browser's undo history (measured in the admin: Ctrl+Z then did nothing).
      setTimeout(() => applyEditToTextarea(textarea, edit(textarea.value, selection), setValue), 0)
    },
    [setValue],
  )

  // The picker opens a drawer, which takes focus; the textarea keeps its selection meanwhile.
  const picker = useMediaImagePicker(
    (image) => {
      setNotice(null)
      apply((text, selection) => insertBlock(text, selection, image))
    },
    (message) => setNotice({ kind: 'alert', text: message }),
  )

  const runCommand = useCallback(
    (command: MarkdownCommand | 'image') => {
      if (isReadOnly) return
      if (command === 'image') picker.openPicker()
      else apply((text, selection) => markdownCommand(command, text, selection))
    },
    [apply, isReadOnly, picker],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    // Ctrl+Shift+V pastes plain text, as in word processors.
    if (event.shiftKey) {
      if (key === 'v') plainPaste.current = true
      return
    }
    const command = SHORTCUTS[key]
    if (command) {
      event.preventDefault()
      runCommand(command)
    }
  }

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const asPlainText = plainPaste.current
    plainPaste.current = false
    const html = asPlainText ? '' : event.clipboardData.getData('text/html')
    if (html === '') return // plain text: the browser pastes it as it is
    const converted = htmlToMarkdown(html)
    if (converted === '') return // nothing readable in the HTML (an image only): paste the text
    event.preventDefault()
    apply((_text, { start, end }) => ({
      from: start,
      to: end,
      insert: converted,
      selection: { start: start + converted.length, end: start + converted.length },
    }))
    setNotice(
      /<img\b/i.test(html)
        ? { kind: 'status', text: 'Đã dán và chuyển sang Markdown. Ảnh trong nội dung dán không được giữ lại: hãy tải ảnh lên Thư viện ảnh rồi dùng nút “Chèn ảnh”.' }
        : { kind: 'status', text: 'Đã dán và chuyển định dạng (tiêu đề, danh sách, đậm, nghiêng, liên kết) sang Markdown.' },
    )
  }

  const classes = [fieldBaseClass, 'textarea', styles.field, className, showError && 'error', isReadOnly && 'read-only']
  return (
    <div className={classes.filter(Boolean).join(' ')} data-markdown-editor={path}>
      <RenderCustomComponent
        CustomComponent={Label}
        Fallback={<FieldLabel htmlFor={id} label={label} localized={localized} path={path} required={required} />}
      />
      <div className={`${fieldBaseClass}__wrap`}>
        <RenderCustomComponent CustomComponent={Error} Fallback={<FieldError path={path} showError={showError} />} />
        {BeforeInput}
        <MarkdownToolbar
          disabled={isReadOnly}
          mode={mode}
          modifierKey={modifierKey}
          onCommand={runCommand}
          onModeChange={setMode}
          textareaId={id}
        />
        <div className={`${styles.panes} ${styles[mode]}`}>
          <textarea
            aria-describedby={notice ? `${id}-notice` : undefined}
            className={styles.textarea}
            disabled={isReadOnly}
            hidden={mode === 'preview'}
            id={id}
            name={path}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={onKeyDown}
            onKeyUp={() => (plainPaste.current = false)} // the paste, if any, came between keydown and keyup
            onPaste={onPaste}
            placeholder={typeof placeholder === 'string' ? placeholder : 'Viết nội dung bằng Markdown hoặc dán từ Word / Google Docs…'}
            ref={textareaRef}
            rows={rows ?? 16}
            spellCheck
            value={markdown}
          />
          {mode !== 'edit' && <MarkdownPreview id={previewId} markdown={markdown} />}
        </div>
        {notice && (
          <p className={styles.notice} id={`${id}-notice`} role={notice.kind}>
            {notice.text}
          </p>
        )}
        {AfterInput}
        <RenderCustomComponent
          CustomComponent={Description}
          Fallback={<FieldDescription description={description} path={path} />}
        />
      </div>
      {picker.drawer}
    </div>
  )
}

export const MarkdownEditorField = withCondition(MarkdownEditorFieldComponent)
