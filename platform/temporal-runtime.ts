import { Runtime, type LogLevel, type LogMetadata, type Logger as TemporalLogger } from '@temporalio/worker';
import net from 'node:net';
import type { Logger } from './logger';
import { appendToMetrics, metricsEndpointReady } from './metrics';

/** A loopback port nobody listens on right now, for an exporter that cannot be asked which port it bound. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Temporal's logger interface over the process's pino logger: the SDK's lines are JSON like ours, with trace ids. */
export function temporalLoggerOver(logger: Logger): TemporalLogger {
  const at = (level: LogLevel) => (message: string, meta?: LogMetadata) =>
    logger[level.toLowerCase() as Lowercase<LogLevel>](meta ?? {}, message);
  return {
    log: (level, message, meta) => at(level)(message, meta),
    trace: at('TRACE'),
    debug: at('DEBUG'),
    info: at('INFO'),
    warn: at('WARN'),
    error: at('ERROR'),
  };
}

/**
 * Installs the worker's Temporal Runtime, which must happen before the process's first NativeConnection: the SDK
 * logs through the process's pino logger, and the Core SDK's own metrics (task slots, poll and schedule-to-start
 * latencies, failures, sticky cache, request latencies: temporal_*) become part of this process's `/metrics`. Core
 * serves Prometheus only on an address of its own, so it gets a loopback port that nothing outside the process
 * scrapes, and our endpoint appends its text; a process without a /metrics endpoint (its port taken) goes without.
 */
export async function installTemporalRuntime(logger: Logger): Promise<void> {
  const port = (await metricsEndpointReady()) ? await freeLoopbackPort() : undefined;
  try {
    Runtime.install({
      logger: temporalLoggerOver(logger),
      telemetryOptions: {
        ...(port === undefined
          ? {}
          : {
              metrics: {
                // Prometheus conventions, as our own metrics follow them: counters end in _total, durations in seconds.
                prometheus: {
                  bindAddress: `127.0.0.1:${port}`,
                  countersTotalSuffix: true,
                  unitSuffix: true,
                  useSecondsForDurations: true,
                },
              },
            }),
      },
    });
  } catch (err) {
    // Most likely a Runtime already installed (Runtime.install refuses a second), but a bad option or a native
    // failure lands here too: the error says which.
    logger.warn(
      { err, sdkMetricsPort: port },
      'cannot install the Temporal Runtime; Temporal SDK logs and metrics keep their defaults',
    );
    return;
  }
  if (port === undefined) return;
  appendToMetrics('temporal-sdk', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`Temporal SDK exporter answered ${response.status}`);
    return response.text();
  });
}
