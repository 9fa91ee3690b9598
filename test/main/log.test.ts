import { describe, expect, it } from 'vitest'
import { createLogger, describeError, redact } from '../../src/main/log'
import { formatKey } from '../../src/shared/keys'

const secret = formatKey('accessKeySecret', 'Z'.repeat(32))
const id = formatKey('accessKeyId', 'Y'.repeat(20))

describe('log', () => {
  it('redacts every key-shaped value', () => {
    expect(redact(`secret=${secret}, id=${id}.`)).toBe('secret=[redacted], id=[redacted].')
    expect(redact('nothing here')).toBe('nothing here')
    const identity = `AGE-SECRET-KEY-1${'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58)}`
    expect(redact(`key ${identity} used`)).toBe('key [redacted] used')
  })

  it('redacts error messages and stacks', () => {
    expect(describeError(new Error(`failed with ${secret}`))).not.toContain(secret)
    expect(describeError(secret)).toBe('[redacted]')
  })

  it('redacts messages and details before they reach the sink', () => {
    const lines: unknown[][] = []
    const sink = {
      info: (...a: unknown[]) => lines.push(a),
      warn: (...a: unknown[]) => lines.push(a),
      error: (...a: unknown[]) => lines.push(a)
    }
    const log = createLogger(sink)
    log.error(`boom ${secret}`, new Error(secret), { secret }, secret, 42)
    const text = JSON.stringify(lines)
    expect(text).not.toContain(secret)
    expect(text).toContain('[redacted]')
    expect(lines[0][4]).toBe(42)
  })
})
