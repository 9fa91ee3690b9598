/**
 * An in-memory stand-in for keytar (the OS keychain), so the built main process can create a
 * channel and copy its secret under plain Node with no keyring. Every call is recorded with the
 * recorder's calls (electron.mjs), never with the secret.
 */
const state = (globalThis.__camEntry ??= { calls: [], ready: false })
const entries = new Map()
const key = (service, account) => `${service}\u0000${account}`
const record = (api, service, account) =>
  state.calls.push({ api: `keytar.${api}`, args: [service, account], afterReady: state.ready })

module.exports = {
  async getPassword(service, account) {
    record('getPassword', service, account)
    return entries.get(key(service, account)) ?? null
  },
  async setPassword(service, account, password) {
    record('setPassword', service, account)
    entries.set(key(service, account), password)
  },
  async deletePassword(service, account) {
    record('deletePassword', service, account)
    return entries.delete(key(service, account))
  },
  async findCredentials(service) {
    record('findCredentials', service)
    const prefix = `${service}\u0000`
    return [...entries]
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, password]) => ({ account: k.slice(prefix.length), password }))
  }
}
