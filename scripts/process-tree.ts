import fs from 'node:fs';

/** Processes by parent, from field 4 of /proc/<pid>/stat (read after the command name, which may hold spaces and parentheses). */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited since the listing
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  return children;
}

/**
 * Resident memory of `pid` and all its descendants, in bytes: what the machine
 * holds for a command that runs in several processes (`npm run build`: npm, a
 * shell, Next and its static-generation workers, then the post-build step; a
 * server: one process a core). It overstates a little, as pages shared between
 * processes (the node binary) are counted in each.
 */
export function treeRss(pid: number): number {
  const children = childrenByParent();
  const queue = [pid];
  let total = 0;
  while (queue.length) {
    const current = queue.pop()!;
    queue.push(...(children.get(current) ?? []));
    try {
      total += 1024 * Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // exited since the listing
    }
  }
  return total;
}
