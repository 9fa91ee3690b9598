/**
 * The packaged icons are committed files, all rendered from the one source image,
 * resources/icon.svg, by the icon-gen commands in docs/packaging.md ("Icons"). These tests
 * read the files' headers the way the OSes and electron-builder pick an image: each PNG is
 * whole and of its stated size, the .ico and .icns containers index the sizes each OS needs,
 * every copy of a size is the same rendering, and electron-builder.yml names these files.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Configuration } from 'electron-builder'
import { loadBuilderConfig, ROOT } from './support'

/**
 * SHA-256 of resources/icon.svg (LF line endings) when the committed icons were rendered.
 * When the source changes, regenerate the icons (docs/packaging.md) and update this.
 */
const SOURCE_SHA256 = '1d550c25390e7e2116b2d9e8b470e945d5f78a9bd5aabff55dcf91dd823526eb'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** Every PNG ends with this empty IEND chunk (length 0, type, CRC): a truncated file does not. */
const PNG_IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** electron-builder refuses an .ico without 256 px; Windows picks 16–48 for lists and tray. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** ICNS elements holding PNGs, by pixel size: 16–512 px at 1× and 2× (ic11–ic14, ic10). */
const ICNS_PNG_TYPES: Readonly<Record<string, number>> = {
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512
}
/** The 16 and 32 px images as classic RLE bitmaps, each with its 8-bit alpha mask. */
const ICNS_BITMAP_TYPES = ['is32', 's8mk', 'il32', 'l8mk']

const read = (path: string): Buffer => readFileSync(join(ROOT, path))
const linuxPng = (size: number): Buffer => read(`build/icons/${size}x${size}.png`)

/** Width and height from a PNG's header, after checking it is a whole RGBA PNG. */
function pngSize(png: Buffer, name: string): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${name}: PNG signature`).toBe(true)
  expect(png.toString('latin1', 12, 16), `${name}: IHDR first`).toBe('IHDR')
  expect(png.readUInt8(25), `${name}: RGBA`).toBe(6)
  expect(png.subarray(-12).equals(PNG_IEND), `${name}: ends with IEND`).toBe(true)
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('icons rendered from resources/icon.svg', () => {
  it('were rendered from the current source (else regenerate them: docs/packaging.md)', () => {
    // Line endings normalised, so a Windows checkout (core.autocrlf) hashes the same.
    const svg = read('resources/icon.svg').toString('utf8').replace(/\r\n/g, '\n')
    expect(createHash('sha256').update(svg).digest('hex')).toBe(SOURCE_SHA256)
  })

  it('Linux: build/icons/NxN.png are whole RGBA PNGs of their size', () => {
    for (const size of LINUX_SIZES) {
      expect(pngSize(linuxPng(size), `${size}x${size}.png`)).toEqual({ width: size, height: size })
    }
  })

  it('build/icon.png and the window icon resources/icon.png are the 1024 and 512 px images', () => {
    expect(read('build/icon.png').equals(linuxPng(1024))).toBe(true)
    expect(read('resources/icon.png').equals(linuxPng(512))).toBe(true)
  })

  it('Windows: build/icon.ico indexes 32-bit images of 16–256 px, back to back', () => {
    const ico = read('build/icon.ico')
    expect(ico.readUInt16LE(0)).toBe(0)
    expect(ico.readUInt16LE(2)).toBe(1) // icon, not cursor
    const count = ico.readUInt16LE(4)
    const sizes: number[] = []
    let end = 6 + 16 * count
    for (let i = 0; i < count; i++) {
      const entry = ico.subarray(6 + 16 * i, 22 + 16 * i)
      const size = entry.readUInt8(0) || 256 // 0 means 256
      const length = entry.readUInt32LE(8)
      const offset = entry.readUInt32LE(12)
      expect(entry.readUInt8(1) || 256, `${size} px: square`).toBe(size)
      expect(entry.readUInt16LE(6), `${size} px: bits per pixel`).toBe(32)
      expect(offset, `${size} px: follows the previous image`).toBe(end)
      end = offset + length
      const image = ico.subarray(offset, end)
      if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
        expect(pngSize(image, `ico ${size} px`)).toEqual({ width: size, height: size })
      } else {
        expect(image.readUInt32LE(0), `${size} px: BITMAPINFOHEADER`).toBe(40)
        expect(image.readInt32LE(4)).toBe(size)
        expect(image.readInt32LE(8)).toBe(size * 2) // colour rows + AND-mask rows
        expect(image.readUInt16LE(14)).toBe(32)
      }
      sizes.push(size)
    }
    expect(end).toBe(ico.length)
    expect(sizes).toEqual(ICO_SIZES)
  })

  it('macOS: build/icon.icns holds 16–1024 px, its PNGs the same images as build/icons', () => {
    const icns = read('build/icon.icns')
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types: string[] = []
    let offset = 8
    while (offset < icns.length) {
      const type = icns.toString('latin1', offset, offset + 4)
      const length = icns.readUInt32BE(offset + 4)
      expect(length, `${type}: length`).toBeGreaterThan(8)
      const size = ICNS_PNG_TYPES[type]
      if (size !== undefined) {
        const png = icns.subarray(offset + 8, offset + length)
        expect(pngSize(png, type)).toEqual({ width: size, height: size })
        expect(png.equals(linuxPng(size)), `${type}: same image as ${size}x${size}.png`).toBe(true)
      }
      types.push(type)
      offset += length
    }
    expect(offset).toBe(icns.length)
    expect(types.sort()).toEqual([...Object.keys(ICNS_PNG_TYPES), ...ICNS_BITMAP_TYPES].sort())
  })
})

describe('electron-builder.yml', () => {
  let config: Configuration
  beforeAll(async () => {
    config = await loadBuilderConfig()
  })

  it('packages these icons on each OS', () => {
    expect(config.directories?.buildResources).toBe('build')
    expect(config.mac?.icon).toBe('build/icon.icns')
    expect(config.win?.icon).toBe('build/icon.ico')
    expect(config.linux?.icon).toBe('build/icons')
  })
})
