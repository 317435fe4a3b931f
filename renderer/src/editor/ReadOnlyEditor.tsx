/**
 * A read-only Monaco editor for SQL or JSON. The editor is created once per mount; new text
 * replaces the model's content, so switching stats does not rebuild the editor.
 */
import { useEffect, useRef } from 'react';

import { monaco } from './monaco-setup.ts';
import { useColorScheme } from './use-color-scheme.ts';

/** Top and bottom border of .code-editor, together. */
const BORDER_PX = 2;

export interface ReadOnlyEditorProps {
  text: string;
  language: 'pgsql' | 'json';
  /** What screen readers announce for the editor. */
  label: string;
  /**
   * 'fill': the editor fills its container. A number: the editor is as tall as its text
   * (wrapped lines included) up to that many pixels, then scrolls.
   */
  height: 'fill' | number;
}

export function ReadOnlyEditor(props: ReadOnlyEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const scheme = useColorScheme();

  useEffect(() => {
    if (container.current === null) {
      return;
    }

    const created = monaco.editor.create(container.current, {
      value: props.text,
      language: props.language,
      readOnly: true,
      domReadOnly: true,
      ariaLabel: props.label,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      lineNumbersMinChars: 3,
      renderLineHighlight: 'none',
      folding: props.language === 'json',
      wordWrap: 'on',
      fontSize: 13,
      // No link detection or hover fetches: the viewer shows text, it does not follow it.
      links: false,
      contextmenu: true,
      overviewRulerLanes: 0,
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    editor.current = created;

    const maxHeight = props.height;
    const fitToContent = (): void => {
      if (maxHeight !== 'fill' && container.current !== null) {
        // The container's 1px border sits inside its height (border-box), hence the 2px.
        const height = Math.min(maxHeight, created.getContentHeight() + BORDER_PX);
        container.current.style.height = `${height}px`;
        created.layout();
      }
    };
    const sizeListener = created.onDidContentSizeChange(fitToContent);
    fitToContent();

    return () => {
      sizeListener.dispose();
      created.getModel()?.dispose();
      created.dispose();
      editor.current = null;
    };
    // The editor is made once; text and theme changes are applied by the effects below.
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model !== undefined && model !== null && model.getValue() !== props.text) {
      model.setValue(props.text);
    }
  }, [props.text]);

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);

  return (
    <div
      className="code-editor"
      ref={container}
      style={props.height === 'fill' ? { height: '100%' } : undefined}
      data-language={props.language}
    />
  );
}
