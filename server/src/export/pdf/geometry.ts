// The PDF's page geometry and colours, in points, from the one style table (data/style.ts).
import { PAGE_STYLE } from '../../data/style';

export type Paper = 'a4' | 'letter';

export const PAPER: Record<Paper, [width: number, height: number]> = { a4: [595.28, 841.89], letter: [612, 792] };

export const MARGIN = PAGE_STYLE.margin;

/** pdfkit takes colours as "#rrggbb". */
export const COLOR = Object.fromEntries(Object.entries(PAGE_STYLE.colors).map(([k, v]) => [k, `#${v.toLowerCase()}`])) as {
  [K in keyof typeof PAGE_STYLE.colors]: string;
};
