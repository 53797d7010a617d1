import { Button } from '@mantine/core';

/** Starts a stack probe; busy while one is starting or still running, so probes do not overlap. */
export function RunProbeButton({ busy, onRun }: { busy: boolean; onRun: () => void }) {
  return (
    <Button onClick={onRun} loading={busy} aria-busy={busy}>
      Run stack probe
    </Button>
  );
}
