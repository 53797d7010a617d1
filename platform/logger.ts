import pino from 'pino';

/** One structured logger per process, named after it; the supervisor writes each process's output to its own file. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): pino.Logger {
  return pino({ name, level, base: { pid: process.pid } });
}

export type Logger = pino.Logger;
