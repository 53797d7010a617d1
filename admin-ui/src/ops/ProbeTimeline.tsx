import type { ProbeView, StartedProbe } from '../api-client';
import { elapsedMs, formatClock, formatDuration, formatMs } from '../format';

type StepState = 'done' | 'active' | 'failed' | 'pending';

interface Step {
  label: string;
  description: string;
  at?: string;
  state: StepState;
}

const STEP_STATE_LABELS: Record<StepState, string> = {
  done: 'done',
  active: 'in progress',
  failed: 'failed',
  pending: 'not reached',
};

/** Turns the probe's timestamps into three steps; the first one without a time is where the probe is, or stopped. */
function stepsOf(view: ProbeView | undefined): Step[] {
  const closed = view !== undefined && view.workflowStatus !== 'RUNNING';
  const steps: Omit<Step, 'state'>[] = [
    {
      label: 'Recorded in Postgres + outbox',
      description: 'The probe row and its event, written in one transaction',
      at: view?.recordedAt,
    },
    {
      label: 'Event back from Kafka',
      description: 'Relayed from the outbox to Kafka, consumed, and signalled to the workflow',
      at: view?.eventSeenAt,
    },
    { label: 'Completed', description: 'The workflow recorded its result', at: view?.completedAt },
  ];
  const current = steps.findIndex((step) => !step.at);
  return steps.map((step, index) => {
    if (step.at) return { ...step, state: 'done' };
    if (index !== current) return { ...step, state: 'pending' };
    const failed = closed || view?.status === 'EVENT_NOT_DELIVERED';
    return { ...step, state: failed ? 'failed' : 'active' };
  });
}

/** The journey of one stack probe through the engines, with the time of each step and the event round trip. */
export function ProbeTimeline({ started, view, error }: { started: StartedProbe; view?: ProbeView; error?: string }) {
  const steps = stepsOf(view);
  return (
    <div className="probe">
      <div className="probe-summary">
        <dl className="probe-facts">
          <div>
            <dt>Status</dt>
            <dd>
              {view ? (
                <span className={`badge badge-probe-${view.status.toLowerCase()}`} data-testid="probe-status">
                  {view.status}
                </span>
              ) : (
                <span className="muted">Starting…</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Workflow</dt>
            <dd>
              <span className="mono">{started.workflowId}</span>
              {view && (
                <span className="workflow-status" data-testid="probe-workflow-status">
                  {view.workflowStatus}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Event round trip</dt>
            <dd>
              {view?.result ? (
                <strong className="round-trip" data-testid="probe-round-trip">
                  {formatMs(view.result.eventRoundTripMs)}
                </strong>
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
          </div>
        </dl>
        <a className="button button-secondary" href={started.temporalWebUrl} target="_blank" rel="noreferrer">
          Open in Temporal Web
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <ol className="timeline" aria-label="Probe steps">
        {steps.map((step, index) => {
          const previousAt = index === 0 ? undefined : steps[index - 1]?.at;
          return (
            <li key={step.label} className={`timeline-step timeline-step-${step.state}`}>
              <span className="timeline-marker" aria-hidden="true" />
              <div className="timeline-body">
                <div className="timeline-title">
                  <span>{step.label}</span>
                  <span className="visually-hidden">, {STEP_STATE_LABELS[step.state]}</span>
                </div>
                <div className="timeline-description">{step.description}</div>
              </div>
              <div className="timeline-time">
                {step.at ? (
                  <>
                    <time dateTime={step.at}>{formatClock(step.at)}</time>
                    {previousAt && (
                      <span className="timeline-delta">+{formatDuration(elapsedMs(previousAt, step.at))}</span>
                    )}
                  </>
                ) : (
                  <span className="muted">{step.state === 'failed' ? 'did not happen' : '—'}</span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {view?.status === 'EVENT_NOT_DELIVERED' && (
        <p className="alert" role="alert">
          The event did not come back from Kafka in time: check the outbox relay and the ops probe consumer.
        </p>
      )}
    </div>
  );
}
