import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { create, Font } from 'fontkit';

/**
 * Embedded fonts that print any holder's name: Noto Sans for Latin (Vietnamese, Polish, Spanish…),
 * Noto Sans CJK's Chinese cut for Han (simplified and traditional) and kana, its Korean cut for Hangul.
 * Text is written in runs, each in the font of its script, so one line can mix them.
 */
export type Weight = 'regular' | 'bold' | 'italic';
export interface TextStyle {
  weight: Weight;
  size: number;
}
type Face = 'latin' | 'cjk' | 'hangul';
type Doc = PDFKit.PDFDocument;
type TextOptions = PDFKit.Mixins.TextOptions;

interface Run {
  face: Face;
  text: string;
}

const FACES: Face[] = ['latin', 'cjk', 'hangul'];

/** CJK fonts have no italics: their regular face stands in. */
const FILES: Record<Face, [string, Record<Weight, string>]> = {
  latin: ['@embedpdf/fonts-latin', { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italic: 'NotoSans-Italic.ttf' }],
  cjk: ['@embedpdf/fonts-sc', { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf', italic: 'NotoSansHans-Regular.otf' }],
  hangul: ['@embedpdf/fonts-kr', { regular: 'NotoSansKR-Regular.otf', bold: 'NotoSansKR-Bold.otf', italic: 'NotoSansKR-Regular.otf' }],
};

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Spaces, punctuation and combining marks stay in the run they follow. */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Glyph composition off: Noto Sans decomposes ị, ọ, ụ into a base letter and a dot, and pdfkit maps each
 * glyph to one text only, so the shared base letter would read back as a plain i, o or u when copied.
 */
const FEATURES = { ccmp: false } as unknown as PDFKit.Mixins.TextOptions['features'];

let loaded: Record<Face, Record<Weight, Font>> | undefined;

/** Parsed once per process (the CJK files are several megabytes); each PDF embeds only the glyphs it uses. */
function fonts(): Record<Face, Record<Weight, Font>> {
  loaded ??= Object.fromEntries(
    FACES.map((face) => {
      const [pkg, files] = FILES[face];
      const folder = join(dirname(require.resolve(pkg)), '..', 'fonts');
      const open = (file: string) => create(readFileSync(join(folder, file))) as Font;
      const regular = open(files.regular);
      return [face, { regular, bold: open(files.bold), italic: files.italic === files.regular ? regular : open(files.italic) }];
    }),
  ) as Record<Face, Record<Weight, Font>>;
  return loaded;
}

function fontName(face: Face, weight: Weight): string {
  return `${face}-${weight}`;
}

/** Makes the fonts available to a new document. */
export function registerPdfFonts(doc: Doc): void {
  const all = fonts();
  for (const face of FACES) {
    for (const weight of ['regular', 'bold', 'italic'] as const) {
      // pdfkit accepts a parsed fontkit font, so the files are not parsed again for every PDF.
      doc.registerFont(fontName(face, weight), all[face][weight] as unknown as Buffer);
    }
  }
}

/** Selects the Latin face, whose metrics set line heights. */
export function useFont(doc: Doc, { weight, size }: TextStyle): Doc {
  return doc.font(fontName('latin', weight)).fontSize(size);
}

/** Splits text into runs by script; a character the script's font lacks goes to a font that has it. */
export function textRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const char of text) {
    const last = runs[runs.length - 1];
    const face = last && NEUTRAL.test(char) && has(last.face, char) ? last.face : faceOf(char);
    if (last?.face === face) last.text += char;
    else runs.push({ face, text: char });
  }
  return runs.length ? runs : [{ face: 'latin', text: '' }];
}

function faceOf(char: string): Face {
  const preferred: Face = HANGUL.test(char) ? 'hangul' : CJK.test(char) ? 'cjk' : 'latin';
  return has(preferred, char) ? preferred : (FACES.find((face) => has(face, char)) ?? preferred);
}

function has(face: Face, char: string): boolean {
  return fonts()[face].regular.hasGlyphForCodePoint(char.codePointAt(0)!);
}

/**
 * `doc.text` for any script, in the current colour. Latin text goes to pdfkit as it is (wrapping,
 * alignment, ellipsis). Other text is laid out here with the Latin line height and baseline, so a
 * block keeps its height whatever the script, and so mixed lines centre and truncate as a whole
 * (pdfkit would centre and cut each font's part on its own).
 */
export function writeText(doc: Doc, text: string, style: TextStyle, x?: number, y?: number, options: TextOptions = {}): Doc {
  const runs = textRuns(text);
  const left = x ?? doc.x;
  const top = y ?? doc.y;
  if (runs.length === 1 && runs[0].face === 'latin') {
    return useFont(doc, style).text(text, left, top, { features: FEATURES, ...options });
  }
  return layOut(doc, runs, style, left, top, options);
}

/** How far down a face's text goes so that its baseline meets the Latin one. */
function baselineShift(face: Face, { weight, size }: TextStyle): number {
  const all = fonts();
  const ascent = (font: Font) => font.ascent / font.unitsPerEm;
  return (ascent(all.latin[weight]) - ascent(all[face][weight])) * size;
}

interface Piece extends Run {
  width: number;
}

function layOut(doc: Doc, runs: Run[], style: TextStyle, x: number, y: number, options: TextOptions): Doc {
  const { weight } = style;
  const lineWidth = options.width ?? doc.page.width - doc.page.margins.right - x;
  const lineHeight = useFont(doc, style).currentLineHeight(true) + (options.lineGap ?? 0);
  const maxLines = options.height == null ? Infinity : Math.max(1, Math.floor(options.height / lineHeight));
  const measure = (face: Face, text: string) => doc.font(fontName(face, weight)).widthOfString(text, { features: FEATURES });
  // Latin breaks between words, CJK between any two characters.
  const pieces: Piece[] = runs.flatMap(({ face, text }) =>
    (text.match(face === 'latin' ? /\s+|\S+\s*/g : /.\s*/gsu) ?? []).map((part) => ({ face, text: part, width: measure(face, part) })),
  );
  const lines: Piece[][] = [[]];
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    if (line.length && widthOf(line) + piece.width > lineWidth) lines.push([piece]);
    else line.push(piece);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    if (options.ellipsis) endWithEllipsis(lines[maxLines - 1], lineWidth, measure, options.ellipsis);
  }
  lines.forEach((line, index) => {
    const segments = merged(line, measure);
    const width = widthOf(segments);
    let cursor = x + (options.align === 'center' ? (lineWidth - width) / 2 : options.align === 'right' ? lineWidth - width : 0);
    for (const segment of segments) {
      const top = y + index * lineHeight + baselineShift(segment.face, style);
      doc.font(fontName(segment.face, weight)).text(segment.text, cursor, top, { lineBreak: false, features: FEATURES });
      cursor += segment.width;
    }
  });
  doc.x = x;
  doc.y = y + lines.length * lineHeight;
  return useFont(doc, style);
}

function widthOf(pieces: Piece[]): number {
  return pieces.reduce((sum, piece) => sum + piece.width, 0);
}

/** Adjacent pieces of one font drawn as one string, trailing space dropped so centring is exact. */
function merged(line: Piece[], measure: (face: Face, text: string) => number): Piece[] {
  const runs: Run[] = [];
  for (const { face, text } of line) {
    const last = runs[runs.length - 1];
    if (last?.face === face) last.text += text;
    else runs.push({ face, text });
  }
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text).map((run) => ({ ...run, width: measure(run.face, run.text) }));
}

function endWithEllipsis(line: Piece[], lineWidth: number, measure: (face: Face, text: string) => number, ellipsis: string | boolean): void {
  const mark = typeof ellipsis === 'string' ? ellipsis : '…';
  const markWidth = measure('latin', mark);
  while (line.length && widthOf(line) + markWidth > lineWidth) {
    const last = line[line.length - 1];
    const chars = [...last.text.trimEnd()];
    chars.pop();
    if (chars.length) Object.assign(last, { text: chars.join(''), width: measure(last.face, chars.join('')) });
    else line.pop();
  }
  const last = line[line.length - 1];
  if (last) Object.assign(last, { text: last.text.trimEnd(), width: measure(last.face, last.text.trimEnd()) });
  line.push({ face: 'latin', text: mark, width: markWidth });
}
