import type { Wiring } from './types.js';

/** Wires the progress feature into the bot. */
export async function wireProgress(_w: Wiring): Promise<void> {}
