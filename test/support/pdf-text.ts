import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * What a reader sees in each PDF: its text as pdf.js extracts it, one line per line of text.
 * pdf.js is an ES module, which this project's CommonJS tests cannot load, so a child Node runs it.
 */
export function pdfTexts(pdfs: Buffer[]): string[] {
  const pdfjs = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  const script = `
    const { getDocument } = await import(${JSON.stringify(pdfjs)});
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const texts = [];
    for (const base64 of JSON.parse(Buffer.concat(chunks).toString())) {
      const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), verbosity: 0 }).promise;
      let text = '';
      for (let number = 1; number <= pdf.numPages; number++) {
        const { items } = await (await pdf.getPage(number)).getTextContent();
        for (const item of items) text += item.str + (item.hasEOL ? '\\n' : '');
        text += '\\n';
      }
      texts.push(text);
    }
    process.stdout.write(JSON.stringify(texts));
  `;
  const input = JSON.stringify(pdfs.map((pdf) => pdf.toString('base64')));
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], { input, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output.toString()) as string[];
}

export function pdfText(pdf: Buffer): string {
  return pdfTexts([pdf])[0];
}
