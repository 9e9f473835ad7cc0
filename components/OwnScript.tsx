import { linkedScriptNames, linkedScriptUrl, ownScript, ownScriptAttribute, type OwnScriptName } from '@/lib/own-scripts';

/**
 * One of the pages' scripts (client/), inline, or linked for the few that are
 * files of their own; placed after what it works on, it runs once that is parsed.
 */
export function OwnScript({ name }: { name: OwnScriptName }) {
  const linked = linkedScriptNames.find((n) => n === name);
  if (linked) return <script {...{ [ownScriptAttribute]: name }} src={linkedScriptUrl(linked)} defer />;
  return <script {...{ [ownScriptAttribute]: name }} dangerouslySetInnerHTML={{ __html: ownScript(name) }} />;
}
