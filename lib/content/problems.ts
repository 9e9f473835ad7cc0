/** Every content problem found in one pass, one line each: `file: field: message`. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    this.name = 'ContentError';
  }
}

export class Problems {
  readonly lines: string[] = [];
  /** What does not stop a build but an editor should act on (a translation behind its original): errors with `--strict`. */
  readonly warnings: string[] = [];

  add(file: string, field: string | null, message: string): void {
    this.lines.push(line(file, field, message));
  }

  warn(file: string, field: string | null, message: string): void {
    this.warnings.push(line(file, field, message));
  }

  get empty(): boolean {
    return this.lines.length === 0;
  }
}

const line = (file: string, field: string | null, message: string) => (field ? `${file}: ${field}: ${message}` : `${file}: ${message}`);
