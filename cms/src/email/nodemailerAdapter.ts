import type { Transporter } from 'nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

export interface NodemailerAdapterOptions {
  /** Shown in logs ("smtp", "memory", "console"). */
  name: string
  transport: Transporter
  fromAddress: string
  fromName: string
  /** Called after each delivery with what the transport returned. */
  onSent?: (info: Record<string, unknown>, message: SendEmailOptions, payload: Payload) => void
}

/**
 * Payload's email adapter over any nodemailer transport: SMTP in production, a buffered stream in
 * tests, a JSON transport that only logs when nothing is configured (issue #3, point 8).
 */
export function nodemailerAdapter(options: NodemailerAdapterOptions): EmailAdapter {
  const { name, transport, fromAddress, fromName, onSent } = options
  return ({ payload }) => ({
    name,
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      const info = (await transport.sendMail({ from: { name: fromName, address: fromAddress }, ...message } as never)) as Record<string, unknown>
      onSent?.(info, message, payload)
      return info
    },
  })
}
