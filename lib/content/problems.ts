/** Every content problem found in one pass, one line each: `file: field: message`. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    this.name = 'ContentError';
  }
}

export class Problems {
  readonly lines: string[] = [];

  add(file: string, field: string | null, message: string): void {
    this.lines.push(field ? `${file}: ${field}: ${message}` : `${file}: ${message}`);
  }

  get empty(): boolean {
    return this.lines.length === 0;
  }
}
