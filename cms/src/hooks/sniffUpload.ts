import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Refuses an upload whose content (not its name or declared type) is not one of `allowed`, with a
 * Vietnamese message the editor can act on. SVG and HTML have no magic bytes, so they never pass.
 */
export function sniffUpload(allowed: readonly string[], refusal: string): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data) return args
    const detected = await fileTypeFromBuffer(file.data)
    if (!detected || !allowed.includes(detected.mime)) {
      req.payload.logger.warn(
        `Upload refused: "${file.name}" declared ${file.mimetype}, content is ${detected?.mime ?? 'unrecognised'}`,
      )
      throw new APIError(`${refusal} Tệp “${file.name}” không hợp lệ.`, 400, undefined, true)
    }
    // Trust the sniffed type, not the browser's guess from the file name.
    file.mimetype = detected.mime
    return args
  }
}
