/** A ready-to-send HTTP request (fetch's `RequestInit` plus the URL). */
export interface PublishRequest {
  url: string
  init: { method: 'POST'; headers: Record<string, string>; body: string }
}

/**
 * The "publish" notification a WebSub hub expects when a topic (a feed URL) changed: a
 * form-encoded POST with hub.mode=publish and hub.url=<topic>, the convention the WebSub
 * recommendation leaves to hubs and that the common public hubs follow. The hub then fetches
 * the feed and pushes it to subscribed newsrooms.
 */
export function websubPublishRequest(hubUrl: string, topicUrl: string): PublishRequest {
  const body = new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topicUrl }).toString()
  return {
    url: hubUrl,
    init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body },
  }
}
