// Generates every packaged-app icon from the one source image, resources/icon.svg:
//   build/icon.icns            macOS (PNG elements 16–1024, incl. @2x)
//   build/icon.ico             Windows (16–256)
//   build/icon.png             1024 px, electron-builder's fallback
//   build/icons/NxN.png        Linux hicolor set, 16–1024
//   build/icon-source.json     the source's SHA-256, so a test can tell when icons are stale
// Each size is rasterised from the vector by Chromium (Debian's, via playwright-core), so
// small sizes are drawn at their size rather than downscaled from a large bitmap.
// Run: npm run icons   (set CHROMIUM_PATH to use another Chromium/Chrome binary)
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'
import { format } from 'prettier'
import { buildIcns, buildIco, encodePng, ICO_SIZES, ICNS_TYPES } from './containers.mjs'

const root = new URL('../../', import.meta.url)
const SOURCE = 'resources/icon.svg'
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const svg = await readFile(new URL(SOURCE, root))
const sizes = [
  ...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])
].sort((a, b) => a - b)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
})
/** @type {Map<number, { png: Buffer, rgba: Buffer }>} RGBA from the canvas, PNG encoded here */
const rendered = new Map()
try {
  const page = await browser.newPage()
  const svgUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`
  for (const size of sizes) {
    const rgba = await page.evaluate(
      // Runs in the page: rasterise the SVG at `size` and return its RGBA pixels (base64).
      async ({ url, size }) => {
        /* global Image, document */
        const img = new Image()
        img.src = url
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = size
        canvas.height = size
        const ctx = canvas.getContext('2d')
        if (!ctx) throw new Error('no 2d context')
        ctx.imageSmoothingQuality = 'high'
        ctx.drawImage(img, 0, 0, size, size)
        const pixels = ctx.getImageData(0, 0, size, size, { colorSpace: 'srgb' }).data
        let binary = ''
        for (let i = 0; i < pixels.length; i += 0x8000) {
          binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000))
        }
        return btoa(binary)
      },
      { url: svgUrl, size }
    )
    const pixels = Buffer.from(rgba, 'base64')
    rendered.set(size, { png: encodePng(size, pixels), rgba: pixels })
  }
} finally {
  await browser.close()
}

const out = (path) => new URL(`build/${path}`, root)
await rm(out('icons/'), { recursive: true, force: true })
await mkdir(out('icons/'), { recursive: true })
const pngBySize = new Map([...rendered].map(([size, { png }]) => [size, png]))
for (const size of LINUX_SIZES)
  await writeFile(out(`icons/${size}x${size}.png`), pngBySize.get(size))
await writeFile(out('icon.png'), pngBySize.get(1024))
await writeFile(out('icon.icns'), buildIcns(pngBySize))
await writeFile(
  out('icon.ico'),
  buildIco(ICO_SIZES.map((size) => ({ size, ...rendered.get(size) })))
)
const manifest = {
  source: SOURCE,
  // Line endings normalised: a Windows checkout (core.autocrlf) must hash the same.
  sha256: createHash('sha256').update(svg.toString('utf8').replace(/\r\n/g, '\n')).digest('hex'),
  generator: 'scripts/icons/make-icons.mjs',
  linuxSizes: LINUX_SIZES,
  icoSizes: ICO_SIZES,
  icnsTypes: ICNS_TYPES.map(([type]) => type)
}
// Formatted as `npm run format` would, so formatting the repository leaves it unchanged.
await writeFile(out('icon-source.json'), await format(JSON.stringify(manifest), { parser: 'json' }))
console.log(`Icons written to build/ from ${SOURCE} (${sizes.join(', ')} px)`)
