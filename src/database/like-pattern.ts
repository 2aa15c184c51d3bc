/** `text` inside a LIKE pattern, its wildcards (and the escape character) taken literally. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
