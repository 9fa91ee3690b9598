/**
 * Every packaged icon comes from the one source image, resources/icon.svg, through
 * `npm run icons` (scripts/icons/make-icons.mjs). These tests read the generated files the
 * way the OSes do: the PNGs decode to their stated size, the .ico and .icns containers hold
 * the sizes each OS picks from, and none of them is older than the source.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** ICNS element type → pixel size (Apple's iconutil set, PNG payloads). */
const ICNS_TYPES: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512
}

const read = (path: string): Buffer => readFileSync(join(ROOT, path))

/** Decode a PNG far enough to prove it is whole: chunk CRCs, IHDR, and IDAT inflating to w×h. */
function decodePng(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  let offset = 8
  let width = 0
  let height = 0
  let colourType = -1
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    expect(png.readUInt32BE(offset + 8 + length), `${type} CRC`).toBe(
      crc32(png.subarray(offset + 4, offset + 8 + length))
    )
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      colourType = body.readUInt8(9)
    } else if (type === 'IDAT') idat.push(body)
    offset += 12 + length
    if (type === 'IEND') break
  }
  expect(colourType, 'RGBA').toBe(6)
  // One filter byte per row plus four bytes per pixel.
  expect(inflateSync(Buffer.concat(idat)).length).toBe((width * 4 + 1) * height)
  return { width, height }
}

describe('icons generated from resources/icon.svg', () => {
  it('are up to date with the source image (else run `npm run icons`)', () => {
    const manifest = JSON.parse(read('build/icon-source.json').toString('utf8')) as {
      source: string
      sha256: string
    }
    expect(manifest.source).toBe('resources/icon.svg')
    // Hashed with LF line endings, as the generator does, so a CRLF checkout agrees.
    const svg = read('resources/icon.svg').toString('utf8').replace(/\r\n/g, '\n')
    const current = createHash('sha256').update(svg).digest('hex')
    expect(manifest.sha256, 'build/ icons are stale: run `npm run icons`').toBe(current)
  })

  it.each(LINUX_SIZES)('Linux: build/icons/%ix%i.png is a whole RGBA PNG of that size', (size) => {
    expect(decodePng(read(`build/icons/${size}x${size}.png`))).toEqual({
      width: size,
      height: size
    })
  })

  it('build/icon.png is the 1024 px master electron-builder falls back to', () => {
    expect(decodePng(read('build/icon.png'))).toEqual({ width: 1024, height: 1024 })
  })

  it('Windows: build/icon.ico holds 16–256 px, PNG at 256 and 32-bit bitmaps below', () => {
    const ico = read('build/icon.ico')
    expect(ico.readUInt16LE(0)).toBe(0)
    expect(ico.readUInt16LE(2)).toBe(1) // icon, not cursor
    const count = ico.readUInt16LE(4)
    const sizes: number[] = []
    let end = 6 + 16 * count
    for (let i = 0; i < count; i++) {
      const entry = ico.subarray(6 + 16 * i, 22 + 16 * i)
      const size = entry.readUInt8(0) || 256
      const length = entry.readUInt32LE(8)
      const offset = entry.readUInt32LE(12)
      expect(entry.readUInt8(1) || 256).toBe(size)
      expect(entry.readUInt16LE(6)).toBe(32)
      expect(offset).toBe(end) // images follow one another, no gaps or overlaps
      end = offset + length
      const image = ico.subarray(offset, offset + length)
      if (size === 256) {
        expect(decodePng(image)).toEqual({ width: 256, height: 256 })
      } else {
        expect(image.readUInt32LE(0)).toBe(40) // BITMAPINFOHEADER
        expect(image.readInt32LE(4)).toBe(size)
        expect(image.readInt32LE(8)).toBe(size * 2) // colour rows + AND mask rows
        expect(image.readUInt16LE(14)).toBe(32)
        expect(length).toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size)
      }
      sizes.push(size)
    }
    expect(end).toBe(ico.length)
    expect(sizes).toEqual(ICO_SIZES)
  })

  it('macOS: build/icon.icns holds PNG elements 16–1024 px, @2x included', () => {
    const icns = read('build/icon.icns')
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found: Record<string, number> = {}
    let offset = 8
    while (offset < icns.length) {
      const type = icns.toString('latin1', offset, offset + 4)
      const length = icns.readUInt32BE(offset + 4)
      expect(length).toBeGreaterThan(8)
      const { width, height } = decodePng(icns.subarray(offset + 8, offset + length))
      expect(height).toBe(width)
      found[type] = width
      offset += length
    }
    expect(offset).toBe(icns.length)
    expect(found).toEqual(ICNS_TYPES)
  })
})
