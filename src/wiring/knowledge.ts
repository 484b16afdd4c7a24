import type { Wiring } from './types.js';

/** Wires the knowledge feature into the bot. */
export async function wireKnowledge(_w: Wiring): Promise<void> {}
