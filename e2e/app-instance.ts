import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/**
 * A second app instance on its own port, serving the build the suite's web server made, on the same database:
 * what a load balancer would have behind it. Specs start, stop and restart it to see pages follow across
 * instances and survive a restart.
 */
export class AppInstance {
  private child: ChildProcess | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // The runner may carry --conditions=react-server (for the specs' data set-up); the app must not.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: "" };
    const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "--port", String(this.port)], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    this.child = child;
    // Ready when it answers; the machine may be busy, so the wait is long and nothing depends on its length.
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`app instance on port ${this.port} exited`);
      const ok = await fetch(`${this.url}/en`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`app instance on port ${this.port} did not answer within 2 minutes`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
  }
}

/** A port for an extra instance that does not collide with the suite's server or another worker's instance. */
export function extraPort(workerIndex: number, offset = 0): number {
  return Number(process.env.E2E_PORT ?? 3100) + 10 + workerIndex * 2 + offset;
}
