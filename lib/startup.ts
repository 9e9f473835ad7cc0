import { serving } from './serving';
import { preloadSearchIndex } from './search/current';

/**
 * What a production server does before its first answer: make sure the build
 * can be served (its serving manifest, its search index), and load the index.
 * A build that cannot be served stops the process with the reason: Next would
 * only log an error thrown here, and go on serving without the proxy's rules.
 */
export function startServing(): void {
  try {
    const site = serving();
    if ('problem' in site) throw new Error(site.problem);
    preloadSearchIndex();
  } catch (error) {
    console.error(`Not starting: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
