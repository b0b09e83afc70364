// The PDF preview's page, inside a VS Code webview (a browser, under a strict CSP): pdf.js draws
// each page of the PDF the server rendered, keeps the scroll position across refreshes, and turns
// a click on a paragraph number (a `#paragraph-N` link only preview PDFs carry) into a message.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): { scrollTop?: number } | undefined; setState(state: { scrollTop: number }): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('pages')!;
let rendering = Promise.resolve();

async function startWorker(): Promise<void> {
  // A webview cannot start a worker from its resource origin; a blob of the same script it can.
  const code = await (await fetch(document.body.dataset.worker!)).text();
  GlobalWorkerOptions.workerPort = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { type: 'module' });
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function render(base64: string): Promise<void> {
  const pdf: PDFDocumentProxy = await getDocument({ data: bytesOf(base64), isEvalSupported: false }).promise;
  const scroller = document.scrollingElement ?? document.documentElement;
  const scrollTop = root.childElementCount ? scroller.scrollTop : (vscode.getState()?.scrollTop ?? 0);
  const pages = document.createElement('div');
  const ratio = window.devicePixelRatio || 1;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const scale = Math.max(0.5, (document.body.clientWidth - 24) / page.getViewport({ scale: 1 }).width);
    const viewport = page.getViewport({ scale });
    const frame = document.createElement('div');
    frame.className = 'page';
    frame.dataset.page = String(n);
    frame.style.width = `${viewport.width}px`;
    frame.style.height = `${viewport.height}px`;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-label', `Page ${n}`);
    frame.append(canvas);
    await page.render({ canvasContext: canvas.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
    for (const a of await page.getAnnotations()) {
      const url = (a.url ?? a.unsafeUrl) as string | undefined;
      const number = /^#paragraph-(\d+)$/.exec(url ?? '')?.[1];
      if (a.subtype !== 'Link' || !number) continue;
      const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(a.rect);
      const link = document.createElement('a');
      link.className = 'paragraph';
      link.dataset.paragraph = number;
      link.title = `¶ ${number}`;
      Object.assign(link.style, { left: `${Math.min(x1, x2)}px`, top: `${Math.min(y1, y2)}px`, width: `${Math.abs(x2 - x1)}px`, height: `${Math.abs(y2 - y1)}px` });
      link.addEventListener('click', (e) => {
        e.preventDefault();
        vscode.postMessage({ type: 'reveal', paragraph: Number(number) });
      });
      frame.append(link);
    }
    pages.append(frame);
  }
  root.replaceChildren(...pages.childNodes);
  scroller.scrollTop = scrollTop;
  document.body.dataset.pages = String(pdf.numPages);
  await pdf.destroy();
}

window.addEventListener('message', (event: MessageEvent<{ type: string; pdf?: string }>) => {
  if (event.data.type !== 'pdf' || !event.data.pdf) return;
  const pdf = event.data.pdf;
  rendering = rendering.then(() => render(pdf)).catch((err: Error) => vscode.postMessage({ type: 'error', message: err.message }));
});
document.addEventListener('scroll', () => vscode.setState({ scrollTop: (document.scrollingElement ?? document.documentElement).scrollTop }), { passive: true });

void startWorker().then(() => vscode.postMessage({ type: 'ready' }));
