import { linkedScriptNames, linkedScriptUrl, ownScript, ownScriptAttribute, type OwnScriptName } from '@/lib/own-scripts';

/**
 * One of the pages' scripts (client/), inline, or linked for the few that are
 * files of their own; placed after what it works on, it runs once that is parsed.
 * `data` becomes `data-*` attributes the script reads from `document.currentScript`.
 */
export function OwnScript({ name, data = {} }: { name: OwnScriptName; data?: Record<string, string> }) {
  const attributes = { [ownScriptAttribute]: name, ...Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value])) };
  const linked = linkedScriptNames.find((n) => n === name);
  if (linked) return <script {...attributes} src={linkedScriptUrl(linked)} defer />;
  return <script {...attributes} dangerouslySetInnerHTML={{ __html: ownScript(name) }} />;
}
