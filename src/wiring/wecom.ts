import type { Wiring } from './types.js';

/** Wires the wecom feature into the bot. */
export async function wireWecom(_w: Wiring): Promise<void> {}
