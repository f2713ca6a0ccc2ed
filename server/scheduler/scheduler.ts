import { eq, and, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { scheduledRuns } from "@/db/schema";
import { runDeadlineLadder } from "@/server/access/escalation";
import { loadWorkingCalendar } from "@/server/calendar/calendar";
import { log } from "@/server/log";
import { deliverDue } from "@/server/notifications/delivery";
import { sendDailyDigests } from "@/server/notifications/digest";
import { shanghaiDate, shanghaiInstant } from "@/server/time";

/** How often each instance's timer looks for work; webhook messages wait at most this long. */
export const TICK_MS = 15_000;
/** The daily digest goes out at this Qingdao time, on working days. */
export const DIGEST_TIME = "08:30";
/** Runs are kept this long, to read what the scheduler did. */
const KEEP_RUNS_MS = 30 * 86_400_000;

/**
 * Claims one job's run at one tick: of all instances inserting the same (job, tick), one succeeds.
 * Only that one runs the job; the others skip it until the next tick.
 */
export async function claimRun(db: Db, job: string, tick: Date): Promise<boolean> {
  const rows = await db.insert(scheduledRuns).values({ job, tick }).onConflictDoNothing().returning({ job: scheduledRuns.job });
  return rows.length > 0;
}

async function runClaimed(db: Db, job: string, tick: Date, work: () => Promise<unknown>): Promise<unknown> {
  if (!(await claimRun(db, job, tick))) return null;
  let outcome: unknown;
  try {
    outcome = await work();
  } catch (error) {
    outcome = { error: error instanceof Error ? error.message : String(error) };
    log("error", "scheduled job failed", { job, tick, error });
  }
  await db
    .update(scheduledRuns)
    .set({ finishedAt: new Date(), outcome: JSON.stringify(outcome) })
    .where(and(eq(scheduledRuns.job, job), eq(scheduledRuns.tick, tick)));
  return outcome;
}

/**
 * What every instance does on each tick: the deadline ladder once a minute and the daily digest once a
 * working day (each run by whichever instance claims it), and the webhook messages that are due
 * (claimed message by message, so every instance may send some).
 */
export async function schedulerTick(db: Db, authSecret: string, now = new Date()) {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const deadlines = await runClaimed(db, "deadlines", minute, async () => {
    await db.delete(scheduledRuns).where(lt(scheduledRuns.tick, new Date(now.getTime() - KEEP_RUNS_MS)));
    return runDeadlineLadder(db, now);
  });
  const today = shanghaiDate(now);
  const digestAt = shanghaiInstant(`${today} ${DIGEST_TIME}`);
  const digest =
    now >= digestAt && (await loadWorkingCalendar(db)).isWorkingDay(today) ? await runClaimed(db, "digest", digestAt, () => sendDailyDigests(db, now)) : null;
  const deliveries = await deliverDue(db, authSecret, now);
  return { deadlines, digest, deliveries };
}

const globalForScheduler = globalThis as unknown as { __cityScheduler?: NodeJS.Timeout };

/**
 * Starts this instance's timer (SCHEDULER=off leaves it off, e.g. for an instance that only serves
 * pages). Ticks never overlap within an instance; the timer does not keep the process alive.
 */
export function startScheduler(database: () => Promise<Db>, authSecret: () => string): void {
  if (process.env.SCHEDULER === "off" || globalForScheduler.__cityScheduler) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const outcome = await schedulerTick(await database(), authSecret());
      log("debug", "scheduler tick", outcome as Record<string, unknown>);
    } catch (error) {
      log("warn", "scheduler tick failed", { error });
    } finally {
      running = false;
    }
  };
  globalForScheduler.__cityScheduler = setInterval(tick, TICK_MS);
  globalForScheduler.__cityScheduler.unref();
  setTimeout(tick, 2_000).unref();
}
