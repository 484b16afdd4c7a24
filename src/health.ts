// What /healthz says beyond "the process answers": whether the scheduler runs its jobs and each platform
// started. Cheap (no store or network call, so a probe every few seconds costs nothing) and free of secrets.
import cron from 'node-cron';
import type { ModelClient, ModelHealth } from './model/client.js';
import type { PlatformModule } from './platforms/types.js';

export interface SchedulerHealth {
  enabled: boolean;
  up: boolean;
  /** Scheduled jobs alive in this process. */
  jobs: number;
  /** The next time a job fires, if any. */
  next: string | null;
}

export interface PlatformHealth {
  up: boolean;
  /** The live state of a long connection, where the platform reports one. */
  connected?: boolean;
}

/** The bulletin wiring names its node-cron tasks "bulletins:<job>"; node-cron keeps a registry of live tasks. */
export function schedulerHealth(enabled: boolean, started: boolean): SchedulerHealth {
  if (!enabled) return { enabled: false, up: false, jobs: 0, next: null };
  const live = [...cron.getTasks().values()].filter((t) => t.name?.startsWith('bulletins:') && !['stopped', 'destroyed'].includes(t.getStatus()));
  const next = live
    .map((t) => t.getNextRun())
    .filter((d): d is Date => !!d)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  return { enabled: true, up: started && live.length > 0, jobs: live.length, next: next?.toISOString() ?? null };
}

/** A platform may expose connected() for its long connection; without it, "up" means it started and is not stopped. */
export function platformHealth(p: PlatformModule, started: boolean): PlatformHealth {
  const connected = (p as { connected?: () => boolean }).connected?.();
  return { up: started && connected !== false, ...(connected === undefined ? {} : { connected }) };
}

/** The county's model when one is configured (LLM_BASE_URL): its last success and failure; undefined when off. */
export function modelHealth(client: ModelClient | undefined): ModelHealth | undefined {
  return client?.health();
}
