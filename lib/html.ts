/** Text made safe to put between tags of markup we write by hand: HTML, and Pango's for the preview images. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
