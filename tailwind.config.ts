import type { Config } from 'tailwindcss';

export default {
  theme: {
    extend: {
      fontFamily: {
        serif: ['var(--font-serif)', 'Georgia', 'serif'],
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
      },
      colors: {
        accent: { DEFAULT: '#9f1d20', dark: '#f08a80' },
      },
      maxWidth: { measure: '68ch' },
    },
  },
} satisfies Config;
