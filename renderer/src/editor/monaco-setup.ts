/**
 * Monaco, loaded once and with only what a read-only viewer needs: the bare editor API, the
 * PostgreSQL and JSON languages, find, folding, copy and the context menu, plus the few
 * services the JSON language code asks for (codelens, inlay hints, suggest, drop). Its
 * workers are bundled by Vite (`?worker`), so nothing is ever fetched from a CDN.
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/codelens/register.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/contextmenu/register.js';
// The JSON worker client loads this lazily; its service must exist before the first editor.
import 'monaco-editor/features/dropOrPasteInto/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/inlayHints/register.js';
import 'monaco-editor/features/readOnlyMessage/register.js';
import 'monaco-editor/features/suggest/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import {
  conf as pgsqlConf,
  language as pgsqlLanguage,
} from 'monaco-editor/languages/definitions/pgsql/pgsql.js';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register.js';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker.js?worker';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    label === 'json' ? new JsonWorker() : new EditorWorker(),
};

// PostgreSQL is registered at once rather than loaded on first use, so the first SQL shown
// is coloured from its first paint instead of line by line as the grammar arrives.
monaco.languages.register({ id: 'pgsql', aliases: ['PostgreSQL'] });
monaco.languages.setLanguageConfiguration('pgsql', pgsqlConf);
monaco.languages.setMonarchTokensProvider('pgsql', pgsqlLanguage);

// The payload is shown, not edited: no validation, and never a schema download.
jsonDefaults.setDiagnosticsOptions({ validate: false, enableSchemaRequest: false });

export { monaco };
