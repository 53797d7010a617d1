import { useEffect, useState } from 'react';
import {
  DEPENDENCIES,
  describeError,
  getHealth,
  type Dependency,
  type DependencyHealth,
  type HealthReport,
} from '../api-client';
import { formatClock, formatMs } from '../format';

const REFRESH_MS = 5_000;

const DEPENDENCY_NAMES: Record<Dependency, string> = {
  postgres: 'PostgreSQL',
  temporal: 'Temporal',
  kafka: 'Kafka',
};

/** One card per engine behind the back office, from `GET /health`, refreshed every 5 s. */
export function StackHealthPanel() {
  const [report, setReport] = useState<HealthReport>();
  const [checkedAt, setCheckedAt] = useState<Date>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    // The next check is scheduled when the previous one answers, so a slow API never piles requests up.
    const check = async () => {
      try {
        setReport(await getHealth(controller.signal));
        setCheckedAt(new Date());
        setError(undefined);
      } catch (err) {
        if (controller.signal.aborted) return;
        setError(describeError(err));
      }
      if (!controller.signal.aborted) timer = window.setTimeout(() => void check(), REFRESH_MS);
    };
    void check();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, []);

  return (
    <section className="panel" aria-labelledby="stack-health-title">
      <div className="panel-header">
        <div>
          <h3 id="stack-health-title">Stack health</h3>
          <p className="panel-subtitle">
            {checkedAt ? `Checked at ${formatClock(checkedAt)}, every ${REFRESH_MS / 1000} s` : 'Checking…'}
          </p>
        </div>
        {report && (
          <span className={`badge badge-${report.status === 'ok' ? 'up' : 'down'}`} data-testid="health-overall">
            {report.status === 'ok' ? 'All systems up' : 'Degraded'}
          </span>
        )}
      </div>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <ul className="health-grid">
        {DEPENDENCIES.map((dependency) => (
          <DependencyCard key={dependency} dependency={dependency} health={report?.checks[dependency]} />
        ))}
      </ul>
    </section>
  );
}

function DependencyCard({ dependency, health }: { dependency: Dependency; health?: DependencyHealth }) {
  return (
    <li className="health-card" data-testid={`health-${dependency}`} data-status={health?.status ?? 'unknown'}>
      <div className="health-card-header">
        <h4>{DEPENDENCY_NAMES[dependency]}</h4>
        <span className={`badge badge-${health?.status ?? 'unknown'}`} data-testid={`health-${dependency}-status`}>
          {health?.status ?? '…'}
        </span>
      </div>
      <dl className="health-card-facts">
        <dt>Latency</dt>
        <dd>{health ? formatMs(health.latencyMs) : '—'}</dd>
      </dl>
      <p className="health-card-detail">
        {health?.detail ?? (health ? 'No detail reported' : 'Waiting for the first check')}
      </p>
    </li>
  );
}
