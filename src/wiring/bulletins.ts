import type { Wiring } from './types.js';

/** Wires the bulletins feature into the bot. */
export async function wireBulletins(_w: Wiring): Promise<void> {}
