import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring. Under load V8 judged pg's result rows (and their
 * arrays of fields) long-lived and allocated them in the old generation, where they die within
 * the request but keep their column strings alive through young-generation collections, which
 * copy and promote them. Without it a caseload request leaves 166 instead of 309 kB to outlive
 * the young generation and its server spends about a tenth less CPU (docs/performance.md, fix
 * 36). Set here rather than on the command line: `NODE_OPTIONS` refuses this flag, and the API
 * is started more than one way. It governs allocations made after it runs, so `main` calls it
 * before it opens the database.
 */
export function turnOffPretenuring(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
