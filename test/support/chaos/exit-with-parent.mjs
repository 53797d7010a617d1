// Preloaded (`node --import`) into the processes the chaos drill starts itself: when the drill dies without
// cleaning up (SIGKILL, a crashed test runner), its children are re-parented; they notice within a second and
// stop, so no worker carrying a drill-only fault injection outlives the drill. Plain JavaScript, because the
// Temporal SDK's workflow thread inherits the preload and has no TypeScript loader.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
