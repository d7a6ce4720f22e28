// The program editor: CodeMirror 6 with its Python mode, plus two line decorations driven by
// the timeline: the line the current event belongs to, and the line of an error.
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, highlightActiveLineGutter, type DecorationSet } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { python } from '@codemirror/lang-python';

const setMarks = StateEffect.define<{ current: number; error: number }>();

const currentLine = Decoration.line({ class: 'cm-current-event-line' });
const errorLine = Decoration.line({ class: 'cm-error-line' });

const marks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let out = value.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setMarks)) continue;
      const { current, error } = effect.value;
      const doc = tr.state.doc;
      const ranges = [];
      if (current >= 1 && current <= doc.lines) ranges.push(currentLine.range(doc.line(current).from));
      if (error >= 1 && error <= doc.lines) ranges.push(errorLine.range(doc.line(error).from));
      ranges.sort((a, b) => a.from - b.from);
      out = Decoration.set(ranges);
    }
    return out;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The editor as the app uses it. */
export interface ProgramEditor {
  readonly view: EditorView;
  getText(): string;
  setText(text: string): void;
  /** Highlights the current event's line and an error line (0 = none). */
  mark(current: number, error?: number): void;
}

/**
 * Mounts an editor in `parent`.
 *
 * @example
 * ```ts
 * const ed = createEditor(document.body, 'a = []\n'); ed.mark(1);
 * ```
 */
export function createEditor(parent: HTMLElement, text: string, onChange?: () => void): ProgramEditor {
  let lastMark = '';
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    indentOnInput(),
    bracketMatching(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    python(),
    marks,
    EditorView.updateListener.of((u) => {
      if (u.docChanged && onChange) onChange();
    }),
  ];
  const view = new EditorView({ state: EditorState.create({ doc: text, extensions }), parent });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(t) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: t } });
      lastMark = '';
    },
    mark(current, error = 0) {
      const key = `${current}:${error}`;
      if (key === lastMark) return;
      lastMark = key;
      view.dispatch({ effects: setMarks.of({ current, error }) });
      if (current >= 1 && current <= view.state.doc.lines) {
        view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(current).from, { y: 'nearest' }) });
      }
    },
  };
}
