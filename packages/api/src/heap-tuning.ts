import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring. Under load V8 judged pg's result rows (and their
 * arrays of fields) long-lived and allocated them in the old generation, where they die within
 * the request but keep their column strings alive through young-generation collections, which
 * copy and promote them. Without it a caseload request leaves 166 instead of 309 kB to outlive
 * the young generation and its server spends about a tenth less CPU (docs/performance.md, fix
 * 36). It applies to what is allocated after it runs: the server calls it before anything else.
 */
export function turnOffPretenuring(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
