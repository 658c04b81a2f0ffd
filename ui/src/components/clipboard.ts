/**
 * Puts text on the clipboard; answers whether it got there. `text` may still be on its way (a link being made): the
 * write is then started at once, inside the click, with the text to follow, so the browser still counts it as the
 * user's own action when the server answers (Safari requires this; a slow answer must not lose the copy).
 * Never throws: when the text does not come or the browser refuses, the answer is false.
 */
export async function copyToClipboard(text: string | Promise<string>): Promise<boolean> {
  const clipboard = navigator.clipboard;
  if (!clipboard) return false;
  if (typeof text !== 'string' && typeof ClipboardItem !== 'undefined') {
    try {
      const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
      await clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return true;
    } catch {
      // a browser that takes no pending ClipboardItem, or a refusal: try the plain way below
    }
  }
  try {
    await clipboard.writeText(await text);
    return true;
  } catch {
    return false;
  }
}
