import { spawn } from 'node:child_process';

/**
 * The site's server on the build in dist/ (`npm start`: dist/server.mjs),
 * started by a test or a benchmark: the one way they start one, and wait until it answers.
 */
export interface Server {
  /** Where to reach it: `http://host:port`, an IPv6 host in brackets. */
  origin: string;
  /** Its first process; the others are its children. */
  pid: number;
  /** What it wrote to stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

export const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** Starts `node dist/server.mjs` on `host` and `port` and waits until it answers `/fr` (2 minutes at most: a large build's index takes seconds to load); throws with its stderr if it stops first. */
export async function startServer({ host = 'localhost', port, env = {}, script = 'dist/server.mjs' }: { host?: string; port: number; env?: Record<string, string>; script?: string }): Promise<Server> {
  const server = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, HOST: host, PORT: String(port) },
    // Its own process group, so that stopping the group stops anything it starts.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exit: string | undefined;
  server.on('exit', (code, signal) => (exit = `code ${code}, signal ${signal}, stderr: ${stderr}`));
  const origin = `http://${urlHost(host)}:${port}`;
  const stop = async () => {
    if (exit) return;
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid!, 'SIGTERM');
    await stopped;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exit) throw new Error(`the server on ${origin} stopped before answering: ${exit}`);
    try {
      await fetch(`${origin}/fr`);
      return { origin, pid: server.pid!, stderr: () => stderr, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the server did not answer ${origin}/fr within 2 minutes`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
