import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { spawnTool } from "../scripts/runtime";

/** A `next start` of the production build, with the CPU time its processes have used. */
export interface Instance {
  base: string;
  cpuMs(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS_PER_SECOND = 100;

export async function startInstance(port: number): Promise<Instance> {
  const child = spawnTool("next", ["start", "--port", String(port)], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`${base}/api/viewer`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (attempt > 300) throw new Error(`next start on ${port} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, cpuMs: () => treeCpuMs(child.pid ?? 0), stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** User and system time of a process and all its descendants, in milliseconds (Linux /proc). */
function treeCpuMs(pid: number): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const visit = (id: number) => {
    total += ticks.get(id) ?? 0;
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return (total * 1000) / CLOCK_TICKS_PER_SECOND;
}
