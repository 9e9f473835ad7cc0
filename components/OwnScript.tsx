import { ownScript, ownScriptAttribute, type OwnScriptName } from '@/lib/own-scripts';

/** One of the pages' scripts (client/), inline; placed after what it works on, it runs once that is parsed. */
export function OwnScript({ name }: { name: OwnScriptName }) {
  return <script {...{ [ownScriptAttribute]: name }} dangerouslySetInnerHTML={{ __html: ownScript(name) }} />;
}
