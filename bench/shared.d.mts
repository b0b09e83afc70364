// Types of bench/shared.mjs, for bench/first-keystrokes.ts.
export declare const SIZES: Record<string, [label: string, bytes: number]>;
export declare const TYPED: string;
export declare function typingPlace(text: string): number;
export declare function lineCharacter(text: string, offset: number): { line: number; character: number };
export declare function median(xs: readonly number[]): number;
export declare function p95(xs: readonly number[]): number;
