/** Events (issue #11): honouring conferences, talks and congresses, their programme and delegations. */
export { CONFERENCE_AGENDA, TALK_AGENDA, defaultAgenda, type AgendaItem } from './conferenceAgenda.ts'
export { delegateComposition, isEthnicMinority, share, type Composition, type CompositionDelegate, type CompositionRow, type CompositionTargets } from './composition.ts'
export { eventTimes } from './eventTimes.ts'
export { eventCalendarEntry, type EventCalendarEntry } from './eventCalendar.ts'
