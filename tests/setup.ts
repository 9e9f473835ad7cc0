import { vi } from 'vitest';

// `server-only` throws outside a React Server environment.
vi.mock('server-only', () => ({}));
