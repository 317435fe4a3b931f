/**
 * Lets the browser save text as a file (serve mode, where there is no file dialog on the
 * main side). The object URL is local to the page and released right after the click.
 */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
