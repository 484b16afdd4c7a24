import type { Wiring } from './types.js';

/** Wires the console feature into the bot. */
export async function wireConsole(_w: Wiring): Promise<void> {}
