import { ProbeTimeline } from './ProbeTimeline';
import { RunProbeButton } from './RunProbeButton';
import { StackHealthPanel } from './StackHealthPanel';
import { useStackProbe } from './use-stack-probe';

/** Operations: the health of each engine, and a probe that sends one synthetic transaction through all of them. */
export function OpsPage() {
  const { run, starting, startError, start } = useStackProbe();
  const busy = starting || (run !== undefined && !run.settled);
  return (
    <>
      <div className="page-header">
        <h2>Operations</h2>
        <p>The engines behind the back office, and an end-to-end probe through them.</p>
      </div>
      <StackHealthPanel />
      <section className="panel" aria-labelledby="stack-probe-title">
        <div className="panel-header">
          <div>
            <h3 id="stack-probe-title">Stack probe</h3>
            <p className="panel-subtitle">
              Starts a Temporal workflow that writes to Postgres and its outbox, then waits for the event to come back
              through Kafka.
            </p>
          </div>
          <RunProbeButton busy={busy} onRun={start} />
        </div>
        {startError && (
          <p className="alert" role="alert">
            {startError}
          </p>
        )}
        {run ? (
          <ProbeTimeline started={run.started} view={run.view} error={run.error} />
        ) : (
          <p className="empty">No probe run yet in this session.</p>
        )}
      </section>
    </>
  );
}
