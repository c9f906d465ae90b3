'use client'
import { TextareaField } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'

/** Placeholder until the Markdown editor lands: the plain textarea. */
export const MarkdownEditorField: TextareaFieldClientComponent = (props) => <TextareaField {...props} />
