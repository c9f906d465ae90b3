import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { nodemailerAdapter } from './nodemailerAdapter.ts'
import { outbox } from './outbox.ts'

const DEFAULT_FROM = { name: 'Hội đồng Thi đua - Khen thưởng', address: 'no-reply@thidua.example' }

/** "Tên <dia-chi@...>" or a bare address, as SMTP_FROM may be written. */
export function parseFrom(value: string | undefined): { name: string; address: string } {
  const match = value?.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/)
  if (match) return { name: match[1]!.trim() || DEFAULT_FROM.name, address: match[2]!.trim() }
  return value?.trim() ? { name: DEFAULT_FROM.name, address: value.trim() } : DEFAULT_FROM
}

/**
 * The email adapter, chosen when Payload starts (so tests can pick theirs through the environment):
 * - SMTP_HOST set: SMTP through nodemailer (SMTP_PORT, default 587; 465 means TLS from the start;
 *   SMTP_USER/SMTP_PASS if the server wants them; SMTP_FROM as sender);
 * - EMAIL_TRANSPORT=memory: delivered into `outbox` (tests);
 * - otherwise: written to the log, so the CMS runs without a mail server.
 */
export function emailAdapter(): EmailAdapter {
  return (args) => {
    const from = parseFrom(process.env.SMTP_FROM)
    const base = { fromAddress: from.address, fromName: from.name }
    if (process.env.SMTP_HOST) {
      const port = Number(process.env.SMTP_PORT || 587)
      const transport = nodemailer.createTransport({
        host: process.env.SMTP_HOST,
        port,
        secure: port === 465,
        // Fail fast: notices are sent after the write, but a hung server should not pile them up.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' } : undefined,
      })
      return nodemailerAdapter({ ...base, name: 'smtp', transport })(args)
    }
    if (process.env.EMAIL_TRANSPORT === 'memory') {
      const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
      return nodemailerAdapter({
        ...base,
        name: 'memory',
        transport,
        onSent: (info, message) => {
          const envelope = info.envelope as { from: string; to: string[] }
          outbox.push({ from: envelope.from, to: envelope.to, subject: String(message.subject ?? ''), text: String(message.text ?? ''), raw: String(info.message) })
        },
      })(args)
    }
    const transport = nodemailer.createTransport({ jsonTransport: true })
    return nodemailerAdapter({
      ...base,
      name: 'console',
      transport,
      onSent: (info, message, payload) => {
        const envelope = info.envelope as { to: string[] }
        payload.logger.info(`Email not sent (no SMTP_HOST configured), logged instead. To: ${envelope.to.join(', ')}. Subject: ${String(message.subject)}\n${String(message.text ?? '')}`)
      },
    })(args)
  }
}
