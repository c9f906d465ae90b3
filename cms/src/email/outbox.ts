/** A message the in-memory transport delivered (tests read these). */
export interface SentEmail {
  from: string
  to: string[]
  subject: string
  text: string
  /** The full MIME message nodemailer built. */
  raw: string
}

/**
 * Messages sent while EMAIL_TRANSPORT=memory: a real nodemailer transport (stream, buffered) whose
 * deliveries are recorded here instead of leaving the machine.
 */
export const outbox: SentEmail[] = []
