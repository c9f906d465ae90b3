import type { SelectField } from 'payload'
import type { Option } from '@thidua/content-models'

/** A select field over one of content-models' closed vocabularies, labels in Vietnamese. */
export function optionsField(name: string, label: string, options: readonly Option[], overrides: Partial<SelectField> = {}): SelectField {
  return {
    name,
    label,
    type: 'select',
    options: options.map((o) => ({ label: o.label, value: o.value })),
    ...overrides,
  } as SelectField
}
