/**
 * `node --import ./register.mjs out/main/index.js`: maps the `electron` import of the built
 * main process to the recording stand-in next to this file (Node's module hooks).
 */
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
