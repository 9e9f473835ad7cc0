import type { Config } from 'tailwindcss';

export default {
  theme: {
    extend: {
      fontFamily: {
        // The reader's own serif: Charter on Apple devices, Sitka or Cambria on
        // Windows, Noto Serif on Android, DejaVu Serif on Linux. No web font: its two files were
        // 100 KB of a 257 KB article, and a swap when they arrived.
        serif: ['Charter', 'Bitstream Charter', 'Sitka Text', 'Cambria', 'Georgia', 'Noto Serif', 'DejaVu Serif', 'serif'],
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
      },
      colors: {
        accent: { DEFAULT: '#9f1d20', dark: '#f08a80' },
      },
      maxWidth: { measure: '68ch' },
    },
  },
} satisfies Config;
