/**
 * Renders nothing: replaces Payload's own Publish, Schedule and Unpublish buttons on articles and
 * profiles, so the workflow panel is the only way to publish and its comment is never dropped
 * (issue #9, point 6). The server still refuses any publish that skips the workflow.
 */
export function NoControl() {
  return null
}
