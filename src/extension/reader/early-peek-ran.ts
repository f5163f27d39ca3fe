/**
 * early-peek.js's first import, so that the flag is up before anything of the script can fail: the page's
 * own script waits for the early one only while this flag is down (afterEarlyPeek).
 */
import { EARLY_PEEK_RAN_GLOBAL } from './early-peek-global.ts'
;(globalThis as Record<string, unknown>)[EARLY_PEEK_RAN_GLOBAL] = true
