/**
 * A short silent MP3 (MPEG-1 Layer III, 128 kb/s, 44.1 kHz), built frame by frame so the demo has a
 * real audio file for radio items without shipping a binary or needing an encoder.
 */
export function silentMp3(seconds = 2): Buffer {
  const frameBytes = Math.floor((144 * 128_000) / 44_100) // 417
  const frames = Math.ceil((seconds * 44_100) / 1152)
  const frame = Buffer.alloc(frameBytes)
  frame.set([0xff, 0xfb, 0x90, 0x64])
  return Buffer.concat(Array.from({ length: frames }, () => frame))
}
