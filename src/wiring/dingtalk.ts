import type { Wiring } from './types.js';

/** Wires the dingtalk feature into the bot. */
export async function wireDingtalk(_w: Wiring): Promise<void> {}
