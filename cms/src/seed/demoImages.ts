import sharp from 'sharp'

/**
 * Demo photographs drawn locally with sharp (no network, no stock photos): soft landscapes in the
 * council's colours, distinct enough to tell apart on the portal.
 */
const PALETTES: readonly [string, string, string][] = [
  ['#0b5394', '#6fa8dc', '#f1c232'],
  ['#274e13', '#93c47d', '#ffe599'],
  ['#990000', '#e06666', '#fce5cd'],
  ['#20124d', '#8e7cc3', '#d9d2e9'],
  ['#7f6000', '#f6b26b', '#fff2cc'],
  ['#0c343d', '#76a5af', '#d0e0e3'],
  ['#4c1130', '#c27ba0', '#ead1dc'],
  ['#1c4587', '#a4c2f4', '#fff2cc'],
]

export interface DemoImage {
  data: Buffer
  name: string
  mimetype: 'image/jpeg'
  size: number
}

/** A 1600x1000 JPEG scene; `index` picks palette and composition. */
export async function drawDemoImage(index: number): Promise<DemoImage> {
  const [dark, mid, light] = PALETTES[index % PALETTES.length]!
  const sun = 200 + ((index * 137) % 1200)
  const hill = 500 + ((index * 61) % 250)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="1600" height="1000" fill="url(#sky)"/>
    <circle cx="${sun}" cy="220" r="110" fill="${light}" opacity="0.9"/>
    <path d="M0 ${hill} Q 400 ${hill - 220} 800 ${hill} T 1600 ${hill - 60} V 1000 H 0 Z" fill="${mid}" opacity="0.8"/>
    <path d="M0 ${hill + 180} Q 500 ${hill + 40} 1000 ${hill + 200} T 1600 ${hill + 120} V 1000 H 0 Z" fill="${dark}"/>
  </svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
  return { data, name: `anh-minh-hoa-${index + 1}.jpg`, mimetype: 'image/jpeg', size: data.length }
}
