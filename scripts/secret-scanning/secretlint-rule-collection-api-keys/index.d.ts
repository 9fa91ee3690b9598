import type { SecretLintRuleCreator } from '@secretlint/types'

/** CRC-32 (IEEE) of an ASCII string. */
export declare function crc32(text: string): number
/** The prefix of a key whose checksum is right, else null. */
export declare function checkKey(text: string): 'cak' | 'cid' | 'csk' | null
export declare const messages: Record<
  'AccessKeySecret' | 'AccessKeyId' | 'APPKEY',
  Record<'en' | 'zh-CN', (props: { key: string }) => string>
>
export declare const creator: SecretLintRuleCreator<{ publicKeys?: boolean }>
