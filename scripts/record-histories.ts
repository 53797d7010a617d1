import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config';
import { isEncrypted } from '../platform/payload-codec';
import { connectTemporalClient } from '../platform/temporal';

type History = temporal.api.history.v1.IHistory;
const { EventType } = temporal.api.enums.v1;

// `npm run histories:record`: saves workflow histories from the running stack under workflows/<domain>/histories/,
// where workflows/replay-histories.test.ts replays them against the current code in every `npm test`.
const USAGE = `Usage:
  npm run histories:record -- <workflowId> [--name <file name>]
      one workflow, by id (its domain is the id's first part: payments:withdrawal:wd_... → workflows/payments/)
  npm run histories:record -- --from-chaos [--since 2h]
      after \`npm run chaos\`: for each workflow type, one completed run that lived through a killed worker
      (a workflow or activity task that timed out), named chaos-<type>-<what it lived through>.json`;

const WORKFLOWS_DIR = path.resolve(__dirname, '..', 'workflows');

/** Events that show a worker died under the workflow: its task or activity timed out instead of answering. */
const CRASH_EVIDENCE = new Map([
  [EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT, 'workflow-task-timed-out'],
  [EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT, 'activity-timed-out'],
]);

function kebab(name: string): string {
  return name.replace(/Workflow$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

interface PayloadJson {
  metadata: Record<string, string>;
  data?: string;
}

const isPayloadJson = (value: object): value is PayloadJson =>
  'metadata' in value && typeof value.metadata === 'object' && value.metadata !== null;

/**
 * The history as JSON with its encrypted payloads decrypted: the replay gate runs in `npm test` anywhere, without
 * the keys of the stack that recorded it (the codec lets clear payloads through). Recorded histories hold test
 * data only.
 */
async function decryptedHistoryJson(history: History, codec: PayloadCodec): Promise<unknown> {
  const json = JSON.parse(historyToJSON(history)) as unknown;
  const visit = async (node: unknown): Promise<void> => {
    if (typeof node !== 'object' || node === null) return;
    if (!Array.isArray(node) && isPayloadJson(node)) {
      const payload = {
        metadata: Object.fromEntries(Object.entries(node.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
        data: Buffer.from(node.data ?? '', 'base64'),
      };
      if (isEncrypted(payload)) {
        const [clear] = await codec.decode([payload]);
        node.metadata = Object.fromEntries(
          Object.entries(clear!.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? []).toString('base64')]),
        );
        node.data = Buffer.from(clear!.data ?? []).toString('base64');
      }
      return;
    }
    for (const child of Object.values(node)) await visit(child);
  };
  await visit(json);
  return json;
}

function codecOf(client: Client): PayloadCodec {
  const [codec] = client.options.loadedDataConverter.payloadCodecs;
  if (!codec) throw new Error('the Temporal client has no payload codec');
  return codec;
}

async function saveHistory(client: Client, workflowId: string, name: string, history: History): Promise<string> {
  const domain = workflowId.split(':')[0];
  if (!domain || !/^[a-z-]+$/.test(domain)) throw new Error(`cannot tell the domain of workflow id ${workflowId}`);
  const dir = path.join(WORKFLOWS_DIR, domain, 'histories');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(await decryptedHistoryJson(history, codecOf(client)), null, 2)}\n`);
  return path.relative(process.cwd(), file);
}

async function recordOne(client: Client, workflowId: string, name?: string): Promise<void> {
  const handle = client.workflow.getHandle(workflowId);
  const description = await handle.describe();
  const history = await handle.fetchHistory();
  const file = await saveHistory(
    client,
    workflowId,
    name ?? `${kebab(description.type)}-${description.status.name.toLowerCase()}`,
    history,
  );
  console.log(`${workflowId} (${description.type}, ${description.status.name}) → ${file}`);
}

async function recordFromChaos(client: Client, since: string): Promise<void> {
  const sinceTime = new Date(Date.now() - parseDuration(since)).toISOString();
  const query = `ExecutionStatus = 'Completed' AND CloseTime > '${sinceTime}'`;
  const chosen = new Map<string, string>();
  let scanned = 0;
  for await (const execution of client.workflow.list({ query })) {
    if (chosen.has(execution.type)) continue;
    scanned += 1;
    const history = await client.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
    const evidence = (history.events ?? []).map((e) => CRASH_EVIDENCE.get(e.eventType ?? 0)).find(Boolean);
    if (!evidence) continue;
    const file = await saveHistory(client, execution.workflowId, `chaos-${kebab(execution.type)}-${evidence}`, history);
    chosen.set(execution.type, file);
    console.log(`${execution.workflowId} (${execution.type}) lived through a ${evidence} → ${file}`);
  }
  console.log(`scanned ${scanned} completed workflows since ${sinceTime}; saved ${chosen.size}`);
  if (chosen.size === 0) console.log('none lived through a killed worker: run `npm run chaos` first');
}

function parseDuration(text: string): number {
  const match = /^(\d+)([mhd])$/.exec(text);
  if (!match) throw new Error(`--since takes a duration like 30m, 2h or 1d, not ${text}`);
  return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'm' | 'h' | 'd'];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'from-chaos': { type: 'boolean', default: false },
      since: { type: 'string', default: '2h' },
      name: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (!values['from-chaos'] && positionals.length !== 1)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const client = await connectTemporalClient(loadConfig());
  try {
    if (values['from-chaos']) await recordFromChaos(client, values.since);
    else await recordOne(client, positionals[0]!, values.name);
    return 0;
  } finally {
    await client.connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`histories:record failed: ${(err as Error).message}`);
    process.exit(2);
  },
);
