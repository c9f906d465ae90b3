/** Spreadsheets in (issue #12, point 3): what can be imported, and the verdict on each row. */
export { IMPORT_KINDS, IMPORT_SPECS, IMPORTABLE_ROLES, type ImportColumn, type ImportKind, type ImportKindSpec } from './importKinds.ts'
export { parseVietnameseDate, isoDayToVietnamese, type ParsedDate } from './vietnameseDate.ts'
export { cleanCell, nameKey, matchOption, parseAwards, awardKey, isEmail, type AwardCell } from './cellValues.ts'
export {
  planImport,
  guessImportKind,
  MAX_IMPORT_ROWS,
  type ImportContext,
  type ImportPlan,
  type ImportRow,
  type ImportTable,
  type PlannedRow,
  type ParentRef,
  type Verdict,
  type ExistingUnit,
  type ExistingUser,
  type ExistingExemplar,
  type ExistingCategory,
} from './planImport.ts'
