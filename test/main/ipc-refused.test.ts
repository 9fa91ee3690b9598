/**
 * A call from a frame that is not the app's own main frame is refused (FORBIDDEN) and
 * written to the audit log as 'refused-ipc' (checklist 17).
 */
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/main/audit/audit-log'
import { createDispatcher, type IpcEventLike, type IpcHandlers } from '../../src/main/ipc/handle'
import { registerIpc, type IpcMainLike } from '../../src/main/ipc/register'
import {
  createRefusalAuditor,
  describeSender,
  refusalEvent
} from '../../src/main/security/refused-ipc'
import { IPC_METHODS } from '../../src/shared/ipc/contract'
import { recordingLogger } from '../support/fakes'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const APP_URL = 'app://renderer/index.html'
const isTrustedSender = (event: IpcEventLike): boolean => event.senderFrame?.url === APP_URL

/** Handlers that record being called; none may run for a refused call. */
function recordingHandlers(calls: string[]): IpcHandlers {
  return Object.fromEntries(
    IPC_METHODS.map((m) => [
      m,
      async () => {
        calls.push(m)
        return null
      }
    ])
  ) as unknown as IpcHandlers
}

describe('dispatcher onRejected hook', () => {
  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/x' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a look-alike host', { senderFrame: { url: 'app://renderer.evil/' } }]
  ])('refuses and reports a call from %s', async (_label, event: IpcEventLike) => {
    const calls: string[] = []
    const rejected: Array<[IpcEventLike, string]> = []
    const dispatch = createDispatcher(recordingHandlers(calls), {
      isTrustedSender,
      onRejected: (e, method) => void rejected.push([e, method]),
      log: recordingLogger()
    })
    const result = await dispatch(event, 'channels.revealSecret', { id: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(rejected).toEqual([[event, 'channels.revealSecret']])
    expect(calls).toEqual([])
  })

  it('does not report trusted calls', async () => {
    const rejected: string[] = []
    const dispatch = createDispatcher(recordingHandlers([]), {
      isTrustedSender,
      onRejected: (_e, method) => void rejected.push(method),
      log: recordingLogger()
    })
    expect(
      await dispatch({ senderFrame: { url: APP_URL } }, 'channels.list', undefined)
    ).toMatchObject({ ok: true })
    expect(rejected).toEqual([])
  })

  it('still refuses when the hook throws, and logs that it could not record', async () => {
    const log = recordingLogger()
    const dispatch = createDispatcher(recordingHandlers([]), {
      isTrustedSender,
      onRejected: () => {
        throw new Error('disk full')
      },
      log
    })
    const result = await dispatch({ senderFrame: null }, 'channels.list', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(log.lines.join('\n')).toContain('Could not record a refused IPC call.')
  })
})

describe('refusal auditor', () => {
  it('writes a refused call to the audit log with the method and the sender origin only', async () => {
    const audit = new AuditLog({ dataDir: await tempDir(), user: 'alice' })
    const auditor = createRefusalAuditor({ audit, log: recordingLogger() })
    const calls: string[] = []
    const dispatch = createDispatcher(recordingHandlers(calls), {
      isTrustedSender,
      onRejected: auditor.onRejected,
      log: recordingLogger()
    })
    await dispatch(
      { senderFrame: { url: 'https://user:pw@evil.example:8443/steal?token=abc#x' } },
      'channels.revealSecret',
      { id: 'x' }
    )
    await auditor.idle()
    const entries = await audit.list()
    expect(entries).toEqual([
      {
        at: expect.any(String),
        user: 'alice',
        action: 'refused-ipc',
        channelId: '',
        channelName: '',
        detail: 'channels.revealSecret from https://evil.example:8443'
      }
    ])
    expect(JSON.stringify(entries)).not.toContain('token=abc')
    expect(JSON.stringify(entries)).not.toContain('pw')
    expect(calls).toEqual([])
  })

  it('describes senders without control or direction characters', () => {
    expect(describeSender({ senderFrame: null })).toBe('a frame that no longer exists')
    expect(describeSender({ senderFrame: { url: 'not a url' } })).toBe(
      'a frame with an invalid URL'
    )
    expect(describeSender({ senderFrame: { url: 'file:///etc/passwd' } })).toBe('file://')
    const sneaky = describeSender({ senderFrame: { url: 'https://xn--evil-\u202e.example/' } })
    expect(sneaky).not.toMatch(/[\u202a-\u202e\n\r]/)
    expect(
      describeSender({
        senderFrame: { url: `https://${'a'.repeat(60)}.${'b'.repeat(60)}.example/` }
      }).length
    ).toBeLessThanOrEqual(101)
  })

  it('names only contract methods', () => {
    expect(refusalEvent({ senderFrame: null }, 'channels.copy').detail).toBe(
      'channels.copy from a frame that no longer exists'
    )
    expect(refusalEvent({ senderFrame: null }, 'evil\nFAKE ENTRY').detail).toBe(
      'an unknown method from a frame that no longer exists'
    )
    expect(refusalEvent({ senderFrame: null }, '__proto__').detail).toContain('an unknown method')
  })

  it('writes at most maxPerWindow entries per window and reports how many it skipped', async () => {
    const recorded: unknown[] = []
    const log = recordingLogger()
    let clock = 0
    const auditor = createRefusalAuditor({
      audit: { record: async (event) => void recorded.push(event) },
      log,
      now: () => clock,
      maxPerWindow: 3,
      windowMs: 1000
    })
    for (let i = 0; i < 10; i++) auditor.onRejected({ senderFrame: null }, 'channels.list')
    await auditor.idle()
    expect(recorded).toHaveLength(3)
    clock = 1000
    auditor.onRejected({ senderFrame: null }, 'channels.list')
    await auditor.idle()
    expect(recorded).toHaveLength(4)
    expect(log.lines.join('\n')).toContain(
      '7 more refused IPC calls were not written to the audit log.'
    )
  })

  it('logs, and never throws, when the audit log cannot be written', async () => {
    const log = recordingLogger()
    const auditor = createRefusalAuditor({
      audit: { record: () => Promise.reject(new Error('EACCES')) },
      log
    })
    expect(() => auditor.onRejected({ senderFrame: null }, 'channels.list')).not.toThrow()
    await auditor.idle()
    expect(log.lines.join('\n')).toContain('Could not write a refused IPC call to the audit log.')
  })

  it('audits refusals arriving through registerIpc, as index.ts wires it', async () => {
    const audit = new AuditLog({ dataDir: await tempDir(), user: 'alice' })
    // One refusal per method, however many methods the contract has.
    const auditor = createRefusalAuditor({
      audit,
      log: recordingLogger(),
      maxPerWindow: IPC_METHODS.length
    })
    const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>()
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => void listeners.set(channel, listener)
    }
    registerIpc(
      ipcMain,
      createDispatcher(recordingHandlers([]), {
        isTrustedSender,
        onRejected: auditor.onRejected,
        log: recordingLogger()
      })
    )
    for (const method of IPC_METHODS) {
      await listeners.get(method)?.({ senderFrame: { url: 'https://evil.example/' } }, undefined)
    }
    await auditor.idle()
    const entries = await audit.list()
    expect(entries.map((e) => e.action)).toEqual(IPC_METHODS.map(() => 'refused-ipc'))
    expect(entries.map((e) => e.detail).sort()).toEqual(
      IPC_METHODS.map((m) => `${m} from https://evil.example`).sort()
    )
  })
})
