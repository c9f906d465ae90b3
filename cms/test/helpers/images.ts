import sharp from 'sharp'

/** A JPEG of the given size carrying EXIF GPS data, as a phone camera would produce. */
export async function jpegWithGps(width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg({ quality: 70 })
    .withExif({ IFD0: { Make: 'TestPhone', Model: 'GPS canary' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 2/1 0/1' } })
    .toBuffer()
}

/** An upload for the Local API / REST form. */
export function fileOf(data: Buffer, name: string, mimetype: string) {
  return { data, name, mimetype, size: data.length }
}
