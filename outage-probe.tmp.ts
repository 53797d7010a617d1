import { bringBack, takeDown } from './stack/engine-outage';
const pidDir = '/work/stack-degrade/run';
const ready = async (port: number) => {
  try { const r = await fetch(`http://127.0.0.1:${port}/ready`); return `${r.status} ${await r.text()}`; } catch (e) { return `no answer ${(e as Error).message}`; }
};
const show = async (label: string) => {
  console.log(label, new Date().toISOString());
  for (const p of [9664, 9665, 9667, 9668, 9669, 9670]) console.log('  ', p, await ready(p));
};
(async () => {
  const engine = process.argv[2]!;
  const downMs = Number(process.argv[3]);
  await takeDown(pidDir, engine);
  for (let t = 0; t < downMs; t += 15_000) { await new Promise((r) => setTimeout(r, 15_000)); await show(`down ${engine} +${t + 15}s`); }
  bringBack(pidDir, engine);
  for (let i = 0; i < 4; i++) { await new Promise((r) => setTimeout(r, 8_000)); await show(`back +${(i + 1) * 8}s`); }
})();
