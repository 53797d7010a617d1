/** Starts a stack probe; busy while one is starting or still running, so probes do not overlap. */
export function RunProbeButton({ busy, onRun }: { busy: boolean; onRun: () => void }) {
  return (
    <button type="button" className="button button-primary" onClick={onRun} disabled={busy} aria-busy={busy}>
      {busy && <span className="spinner" aria-hidden="true" />}
      Run stack probe
    </button>
  );
}
