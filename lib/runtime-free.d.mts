import type { IncomingMessage, ServerResponse } from 'node:http';

export function withoutNextRuntime(html: string): string;
export function withoutNextRuntimeBytes(html: Buffer): Buffer;
export function serveWithoutNextRuntime(request: IncomingMessage, response: ServerResponse): void;
