/**
 * The backup file's outer layer: age (age-encryption.org/v1), through `age-encryption`, the
 * TypeScript implementation by age's author. Written binary, as `age` writes it; read binary or
 * ASCII-armored (`age -a`). Every failure becomes a message code the user can act on: the file
 * is empty, is not age, is damaged, or the passphrase or key is not the one it was made for.
 */
import { armor, Decrypter, Encrypter } from 'age-encryption'
import { AppError } from '../../shared/errors'

/** age's default scrypt work factor (log2 N), as `age -p` uses it. */
export const DEFAULT_SCRYPT_LOG_N = 18

export type AgeProtection =
  | { readonly kind: 'passphrase'; readonly passphrase: string; readonly logN?: number }
  | { readonly kind: 'recipients'; readonly recipients: readonly string[] }

/** What opens a file: its header names a passphrase (scrypt) or public keys. */
export type AgeLock = 'passphrase' | 'recipients'

const MAGIC = 'age-encryption.org/'
const VERSION_LINE = 'age-encryption.org/v1'
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----'
// The header is short (one stanza per recipient); a longer one is not a backup of ours.
const MAX_HEADER_BYTES = 64 * 1024

const failure = (code: 'backup.empty' | 'backup.notAge' | 'backup.damaged', cause?: unknown) =>
  new AppError('VALIDATION', code, cause === undefined ? undefined : { cause })

/** Encrypt `plaintext` to a passphrase or to age public keys; the file's binary bytes. */
export async function encryptAge(
  plaintext: string,
  protection: AgeProtection
): Promise<Uint8Array> {
  const encrypter = new Encrypter()
  if (protection.kind === 'passphrase') {
    encrypter.setScryptWorkFactor(protection.logN ?? DEFAULT_SCRYPT_LOG_N)
    encrypter.setPassphrase(protection.passphrase)
  } else {
    for (const recipient of protection.recipients) encrypter.addRecipient(recipient)
  }
  return encrypter.encrypt(plaintext)
}

/** A file as read: its binary age bytes and what opens it. Throws a coded AppError. */
export function readAge(bytes: Uint8Array): {
  readonly binary: Uint8Array
  readonly lock: AgeLock
} {
  if (bytes.length === 0) throw failure('backup.empty')
  const binary = isArmored(bytes) ? dearmor(bytes) : bytes
  return { binary, lock: lockOf(binary) }
}

/** Decrypt with a passphrase or age secret keys: the backup's text, or a coded AppError. */
export async function decryptAge(
  binary: Uint8Array,
  lock: AgeLock,
  key: { readonly passphrase: string } | { readonly identities: readonly string[] }
): Promise<string> {
  const decrypter = new Decrypter()
  if ('passphrase' in key) decrypter.addPassphrase(key.passphrase)
  else for (const identity of key.identities) decrypter.addIdentity(identity)
  try {
    return await decrypter.decrypt(binary, 'text')
  } catch (error) {
    // age-encryption says so in these words when no passphrase or key opened the header.
    if (error instanceof Error && /no identity matched/.test(error.message)) {
      throw new AppError(
        'VALIDATION',
        lock === 'passphrase' ? 'backup.wrongPassphrase' : 'backup.wrongKey',
        {
          fieldErrors: {
            [lock === 'passphrase' ? 'passphrase' : 'identity']: {
              code: lock === 'passphrase' ? 'backup.wrongPassphrase' : 'backup.wrongKey'
            }
          }
        }
      )
    }
    // A bad MAC, a failed chunk, a truncated payload: the file is not what was written.
    throw failure('backup.damaged', error)
  }
}

function isArmored(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 256)).toString('latin1').trimStart()
  return start.startsWith(ARMOR_BEGIN)
}

function dearmor(bytes: Uint8Array): Uint8Array {
  try {
    return armor.decode(Buffer.from(bytes).toString('latin1'))
  } catch (error) {
    throw failure('backup.damaged', error)
  }
}

/**
 * What the header asks for. Only the header's text is read (its stanza lines, `-> scrypt …`
 * or `-> X25519 …`); the library checks the header's MAC when it decrypts.
 */
function lockOf(binary: Uint8Array): AgeLock {
  const head = Buffer.from(binary.subarray(0, MAX_HEADER_BYTES)).toString('latin1')
  if (!head.startsWith(MAGIC)) throw failure('backup.notAge')
  const lines = head.split('\n')
  if (lines[0] !== VERSION_LINE) throw failure('backup.damaged')
  const end = lines.findIndex((line) => line.startsWith('--- '))
  // No end of header within reach: truncated, or not a header at all.
  if (end < 2) throw failure('backup.damaged')
  const types = lines
    .slice(1, end)
    .filter((line) => line.startsWith('-> '))
    .map((line) => line.slice(3).split(' ')[0])
  if (types.length === 0) throw failure('backup.damaged')
  return types.includes('scrypt') ? 'passphrase' : 'recipients'
}
