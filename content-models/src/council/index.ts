/** The council's year (issue #10): periods, the year plan, quotas, the scoreboard and the annual report. */
export { periodOf, periodsOfYear, inPeriod, vietnamMidnight, vietnamYearMonth, type Period, type PeriodKind } from './periods.ts'
export { DEFAULT_QUOTA_RULES, defaultYearPlan, ruleFor, type QuotaRule, type QuotaUnit, type YearPlan } from './yearPlan.ts'
export { firstPublishedAt, daysToPublication, timesReturned, median, type QuotaItem } from './quotaItems.ts'
export { quotaBoard, currentCell, cellStateLabel, type CellState, type QuotaBoard, type QuotaCell, type QuotaRow, type QuotaTotals } from './quotaBoard.ts'
export { annualReport, type AnnualReport, type ReportDoc, type ReportRegistration, type UnitReport } from './annualReport.ts'
export { REGISTRATION_STATUSES, isLateRegistration, type RegistrationStatus } from './registrations.ts'
export { reportTables, tableToCsv, type ReportTable } from './reportTables.ts'
export { dueReminders, type DueReminder } from './reminders.ts'
