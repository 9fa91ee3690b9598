/**
 * `node --import ./register.mjs out/main/index.js`: maps the `electron` import of the built
 * main process to the recording stand-in next to this file (Node's module hooks), and its
 * `require('keytar')` to the in-memory keychain in ./keytar.cjs (CommonJS requires do not go
 * through those hooks, so Module._load is wrapped for that one name).
 */
import Module, { createRequire, register } from 'node:module'

register('./hooks.mjs', import.meta.url)

const keytar = createRequire(import.meta.url)('./keytar.cjs')
const load = Module._load
Module._load = function (request, ...rest) {
  return request === 'keytar' ? keytar : load.call(this, request, ...rest)
}
