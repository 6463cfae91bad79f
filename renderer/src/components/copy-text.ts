// Copying text without clipboard permissions (the app grants none): a copy command whose event carries the text.

/** Puts `text` on the clipboard from a click; false when the browser refused the copy. */
export function copyText(text: string): boolean {
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
