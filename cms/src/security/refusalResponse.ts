import type { Refusal } from '@thidua/content-models'

/** A refusal in Payload's error shape (`{ errors: [{ message }] }`), so the admin shows the message. */
export function refusalResponse(refusal: Pick<Refusal, 'message'> & { status: number }, headers: HeadersInit = {}): Response {
  return Response.json({ errors: [{ message: refusal.message }] }, { status: refusal.status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/** The same, from a status and a Vietnamese message (custom endpoints' refusals). */
export function refuseRequest(status: number, message: string): Response {
  return refusalResponse({ status, message })
}
