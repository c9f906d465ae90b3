import { applyTextEdit, type TextEdit } from './markdownCommands.ts'

/**
 * Applies an edit to the editor's textarea as if it had been typed, so that Ctrl+Z undoes a
 * toolbar action or a paste. `document.execCommand('insertText')` is deprecated but remains the
 * only way to keep the browser's undo history in a textarea (Chromium, Firefox, Safari); it fires
 * the input event that updates the form. Where it is unavailable, `setValue` writes the text
 * directly (undo history is then lost) and the selection is restored after React re-renders.
 */
export function applyEditToTextarea(textarea: HTMLTextAreaElement, edit: TextEdit, setValue: (next: string) => void): void {
  const expected = applyTextEdit(textarea.value, edit)
  textarea.focus()
  textarea.setSelectionRange(edit.from, edit.to)
  let inserted = false
  try {
    inserted = document.execCommand('insertText', false, edit.insert)
  } catch {
    inserted = false
  }
  const select = () => textarea.setSelectionRange(edit.selection.start, edit.selection.end)
  if (inserted && textarea.value === expected) {
    select()
    return
  }
  setValue(expected)
  requestAnimationFrame(() => {
    textarea.focus()
    select()
  })
}
