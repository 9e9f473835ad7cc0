import type { Page } from '@playwright/test';

// A stand-in for the Web Speech API (headless Chromium has no voices): it
// records each utterance and ends it when the test says (window.__finish),
// so that the test sets the pace. Used by the listen specs of both trees.

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}
export type Voice = { lang: string; name: string; default: boolean; localService: boolean; voiceURI: string };
export const french: Voice = { lang: 'fr-FR', name: 'Amélie', default: false, localService: true, voiceURI: 'fr' };
export const english: Voice = { lang: 'en-GB', name: 'Daniel', default: true, localService: true, voiceURI: 'en' };

declare global {
  interface Window {
    __spoken: Spoken[];
    __finish: () => boolean;
    __voices: (voices: Voice[]) => void;
  }
}

/**
 * Stands in for the Web Speech API before the page's scripts run. `onCancel`
 * is what a cancelled utterance receives: Chromium fires `error`
 * ("interrupted"), Safari `end`.
 */
export async function standIn(page: Page, voices: Voice[], onCancel: 'error' | 'end' = 'error') {
  await page.addInitScript(
    ({ voices, onCancel }) => {
      let list = voices;
      let current: Utterance | null = null;
      const events = new EventTarget();
      function fire(target: Utterance, type: string, error?: string) {
        const event = Object.assign(new Event(type), error ? { error } : {});
        target.dispatchEvent(event);
        (target as unknown as Record<string, ((e: Event) => void) | null>)[`on${type}`]?.(event);
      }
      // The real one refuses a voice that is not one of the browser's.
      class Utterance extends EventTarget {
        text: string;
        lang = '';
        voice: Voice | null = null;
        rate = 1;
        pitch = 1;
        volume = 1;
        onstart = null;
        onend = null;
        onerror = null;
        constructor(text = '') {
          super();
          this.text = text;
        }
      }
      const synth = {
        speaking: false,
        paused: false,
        pending: false,
        getVoices: () => list.slice(),
        speak(u: Utterance) {
          window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang, rate: u.rate });
          current = u;
          synth.speaking = true;
          setTimeout(() => current === u && fire(u, 'start'));
        },
        cancel() {
          const u = current;
          current = null;
          synth.speaking = synth.paused = false;
          if (u) fire(u, onCancel, onCancel === 'error' ? 'interrupted' : undefined);
        },
        pause() {
          synth.paused = true;
        },
        resume() {
          synth.paused = false;
        },
        addEventListener: events.addEventListener.bind(events),
        removeEventListener: events.removeEventListener.bind(events),
      };
      window.__spoken = [];
      window.__finish = () => {
        const u = current;
        if (!u) return false;
        current = null;
        synth.speaking = false;
        fire(u, 'end');
        return true;
      };
      window.__voices = (voices) => {
        list = voices;
        events.dispatchEvent(new Event('voiceschanged'));
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    },
    { voices, onCancel },
  );
}

