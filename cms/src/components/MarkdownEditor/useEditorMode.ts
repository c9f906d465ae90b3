'use client'
import { useCallback, useEffect, useState } from 'react'
import type { EditorMode } from './MarkdownToolbar.tsx'

const STORAGE_KEY = 'thidua.markdownEditor.mode'
const MODES: readonly EditorMode[] = ['edit', 'preview', 'split']

/**
 * Soạn thảo / Xem trước / Song song, remembered in this browser so an editor who prefers one
 * layout gets it in every Markdown field. Starts side by side (the live preview) until read.
 */
export function useEditorMode(): [EditorMode, (mode: EditorMode) => void] {
  const [mode, setModeState] = useState<EditorMode>('split')
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(STORAGE_KEY)
      if (saved && (MODES as readonly string[]).includes(saved)) setModeState(saved as EditorMode)
    } catch {
      // Storage may be disabled (private mode, policy): the default layout is fine.
    }
  }, [])
  const setMode = useCallback((next: EditorMode) => {
    setModeState(next)
    try {
      window.localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not remembered, still applied.
    }
  }, [])
  return [mode, setMode]
}
