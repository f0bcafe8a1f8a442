// Preloaded into the API by `node bench/profile.mjs --allocations`: between a first SIGUSR2 (the
// load starts) and a second (it has ended), V8 samples every allocation, the objects the garbage
// collector has already taken included (`--heap-prof` keeps only the survivors, which says
// nothing of the collector's work), and the profile is written to ALLOCATION_PROFILE.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');

const session = new Session();
session.connect();
session.post('HeapProfiler.enable');
let sampling = false;
process.on('SIGUSR2', () => {
  if (!sampling) {
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 32 * 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    sampling = true;
    return;
  }
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (error) console.error('allocation sampler:', error);
    else writeFileSync(process.env.ALLOCATION_PROFILE, JSON.stringify(result.profile));
  });
});
