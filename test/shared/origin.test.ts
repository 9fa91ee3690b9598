import { describe, expect, it } from 'vitest'
import { messageText } from '../../src/shared/messages'
import { normaliseOrigin } from '../../src/shared/origin'

const origin = (raw: string): string | null => {
  const result = normaliseOrigin(raw)
  return result.ok ? result.origin : null
}
const message = (raw: string): string => {
  const result = normaliseOrigin(raw)
  if (result.ok) throw new Error(`expected ${raw} to be rejected`)
  return messageText({ code: result.code })
}

describe('normaliseOrigin', () => {
  it('keeps a canonical origin as it is', () => {
    expect(origin('https://shop.example.com')).toBe('https://shop.example.com')
  })

  it('lower-cases scheme and host', () => {
    expect(origin('HTTPS://SHOP.Example.Com')).toBe('https://shop.example.com')
  })

  it('drops default ports only', () => {
    expect(origin('http://a.example:80')).toBe('http://a.example')
    expect(origin('https://a.example:443')).toBe('https://a.example')
    expect(origin('http://a.example:443')).toBe('http://a.example:443')
    expect(origin('https://a.example:80')).toBe('https://a.example:80')
  })

  it('drops a trailing slash and the root dot', () => {
    expect(origin('https://a.example/')).toBe('https://a.example')
    expect(origin('https://a.example./')).toBe('https://a.example')
    expect(origin('https://a.example.:8443')).toBe('https://a.example:8443')
  })

  it('converts IDN to punycode', () => {
    expect(origin('https://bücher.example')).toBe('https://xn--bcher-kva.example')
    expect(origin('https://例子.测试')).toBe('https://xn--fsqu00a.xn--0zwm56d')
  })

  it('explains each rejection in words', () => {
    expect(message('ftp://a.example')).toMatch(/http:\/\/ and https:\/\//)
    expect(message('a.example')).toMatch(/Start the Network Domain with/)
    expect(message('https://u:p@a.example')).toMatch(/user name or password/)
    expect(message('https://a.example/x')).toMatch(/path/)
    expect(message('https://a.example?q')).toMatch(/query/)
    expect(message('https://a.example#f')).toMatch(/fragment/)
    expect(message('https://a b.example')).toMatch(/spaces/)
    expect(message('https://')).toMatch(/host name/)
    expect(message('https://a_b.example')).toMatch(/invalid part/)
    expect(message('')).toMatch(/Enter a Network Domain/)
  })
})
