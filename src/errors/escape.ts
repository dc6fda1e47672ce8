// C0 controls except tab and line feed, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Text from the input made safe to print on a terminal: every control character but tab and line
 * feed becomes a `\u0000`-style escape, so a NUL, a carriage return or an escape sequence in an
 * id, a value or a file cannot hide or rewrite what is printed around it. Tabs stay (caret lines
 * keep them to line up); line feeds stay, as they separate the lines of a message.
 */
export function escapeControls(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
