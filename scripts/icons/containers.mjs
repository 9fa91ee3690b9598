// Writers for the icon files electron-builder wants: PNG, Windows .ico and macOS .icns.
// All three are small, documented formats, so we write them ourselves rather than depend on
// an image toolchain (ImageMagick, iconutil) that the team's machines lack.
import { deflateSync } from 'node:zlib'

/** The PNG file signature; every PNG entry starts with it. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** @param {string} type @param {Buffer} data */
function pngChunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * Encode straight-alpha RGBA pixels as an 8-bit RGBA PNG. Each row gets the filter that
 * minimises the sum of absolute differences (libpng's heuristic), then zlib level 9: the
 * result is several times smaller than a browser's quick canvas export.
 * @param {number} size  width and height
 * @param {Buffer} rgba  size × size × 4 bytes, top-down
 * @returns {Buffer}
 */
export function encodePng(size, rgba) {
  const stride = size * 4
  const raw = Buffer.alloc((stride + 1) * size)
  const candidate = Buffer.alloc(stride)
  for (let y = 0; y < size; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride)
    const prev = y > 0 ? rgba.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride)
    let bestScore = Infinity
    for (let filter = 0; filter <= 4; filter++) {
      let score = 0
      for (let x = 0; x < stride; x++) {
        const a = x >= 4 ? row[x - 4] : 0
        const b = prev[x]
        const c = x >= 4 ? prev[x - 4] : 0
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]
        const value = (row[x] - predictor) & 0xff
        candidate[x] = value
        score += value < 128 ? value : 256 - value
      }
      if (score < bestScore) {
        bestScore = score
        raw[y * (stride + 1)] = filter
        candidate.copy(raw, y * (stride + 1) + 1)
      }
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.writeUInt8(8, 8) // bit depth
  ihdr.writeUInt8(6, 9) // colour type: RGBA
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0))
  ])
}

/** @param {number} a @param {number} b @param {number} c */
function paeth(a, b, c) {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/**
 * ICNS element types that hold PNG data, with the pixel size each one must contain.
 * The @2x types (ic11–ic14, ic10) are what Retina displays pick; icp4–icp6 and ic07–ic09
 * are the 1x sizes. All of them have held PNG data since macOS 10.7/10.8.
 */
export const ICNS_TYPES = /** @type {const} */ ([
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512]
])

/** Sizes in the Windows .ico: the shell and installers pick from these. */
export const ICO_SIZES = /** @type {const} */ ([16, 24, 32, 48, 64, 128, 256])

/**
 * Build an .icns file from PNGs keyed by pixel size.
 * Layout: 'icns' + total length (big-endian), then for each element: type + length
 * (including its 8-byte header) + PNG bytes.
 * @param {ReadonlyMap<number, Buffer>} pngBySize
 * @returns {Buffer}
 */
export function buildIcns(pngBySize) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size)
    if (!png) throw new Error(`icns: no ${size}px PNG for ${type}`)
    const header = Buffer.alloc(8)
    header.write(type, 0, 'latin1')
    header.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([header, png])
  })
  const body = Buffer.concat(chunks)
  const header = Buffer.alloc(8)
  header.write('icns', 0, 'latin1')
  header.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([header, body])
}

/**
 * One .ico image: a PNG for 256 px (what Vista+ expects at that size) and a 32-bit BMP
 * (DIB) for smaller sizes, which every consumer — Explorer, NSIS, rcedit — reads.
 * @typedef {{ size: number, png: Buffer, rgba: Buffer }} IcoImage
 */

/**
 * Build an .ico file.
 * Layout: ICONDIR (6 bytes) + one ICONDIRENTRY (16 bytes) per image + the image data.
 * @param {readonly IcoImage[]} images
 * @returns {Buffer}
 */
export function buildIco(images) {
  const payloads = images.map(({ size, png, rgba }) => (size >= 256 ? png : toDib(size, rgba)))
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size }, i) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0) // width; 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1) // height
    entry.writeUInt8(0, 2) // palette colours
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(payloads[i].length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += payloads[i].length
    return entry
  })
  return Buffer.concat([header, ...entries, ...payloads])
}

/**
 * A 32-bit BGRA device-independent bitmap as .ico stores it: BITMAPINFOHEADER with a
 * doubled height (colour rows + AND-mask rows), rows bottom-up, then a 1-bit AND mask
 * (all zero: the alpha channel already carries transparency).
 * @param {number} size
 * @param {Buffer} rgba  size × size × 4 bytes, top-down, straight (non-premultiplied) alpha
 * @returns {Buffer}
 */
function toDib(size, rgba) {
  if (rgba.length !== size * size * 4)
    throw new Error(`ico: ${size}px image needs ${size * size * 4} RGBA bytes`)
  const info = Buffer.alloc(40)
  info.writeUInt32LE(40, 0) // header size
  info.writeInt32LE(size, 4) // width
  info.writeInt32LE(size * 2, 8) // height: XOR + AND masks
  info.writeUInt16LE(1, 12) // planes
  info.writeUInt16LE(32, 14) // bits per pixel
  info.writeUInt32LE(0, 16) // BI_RGB, uncompressed
  info.writeUInt32LE(size * size * 4, 20) // image size
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    const src = y * size * 4
    const dst = (size - 1 - y) * size * 4
    for (let x = 0; x < size * 4; x += 4) {
      pixels[dst + x] = rgba[src + x + 2] // B
      pixels[dst + x + 1] = rgba[src + x + 1] // G
      pixels[dst + x + 2] = rgba[src + x] // R
      pixels[dst + x + 3] = rgba[src + x + 3] // A
    }
  }
  const maskRowBytes = Math.ceil(size / 32) * 4
  const mask = Buffer.alloc(maskRowBytes * size)
  return Buffer.concat([info, pixels, mask])
}
