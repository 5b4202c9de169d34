// Small builders for engine tests: profiles, logged sets and sessions, and an in-process CLI.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import type { LoggedSet, Profile, Readiness, Session, TrainingLog } from "../../src/core/types.js";
import { addDays } from "./spec.js";

/** The day every `next` example is asked for; sessions are placed relative to it. */
export const TODAY = "2026-11-30";
export const ago = (days: number) => addDays(TODAY, -days);

export const KG_PLATES = [20, 10, 5, 2.5, 1.25];

/** An intermediate lifter in a gym with a 20 kg bar and plates down to 1.25 kg. */
export function gymProfile(over: Partial<Profile> = {}): Profile {
  return {
    unit: "kg",
    bodyweight: 72.5,
    experience: "intermediate",
    goal: "hypertrophy",
    daysPerWeek: 3,
    equipment: ["barbell", "plates", "bench", "dumbbells", "bands"],
    plates: KG_PLATES,
    barWeight: 20,
    ...over,
  };
}

/** A set that passed every form gate (lockout, control, no pain). */
export function clean(load: number, reps: number, rpe = 8): LoggedSet {
  return { load, reps, rpe, fullLockout: true, controlled: true, pain: 0 };
}

export function times(n: number, set: LoggedSet): LoggedSet[] {
  return Array.from({ length: n }, () => ({ ...set }));
}

export function session(date: string, exercise: string, sets: LoggedSet[], readiness?: Readiness): Session {
  return { date, ...(readiness ? { readiness } : {}), exercises: [{ exercise, sets }] };
}

/** A readiness check-in with no exercises (CONTRACT: that day's readiness). */
export function checkIn(date: string, readiness: Readiness): Session {
  return { date, readiness };
}

export function log(...sessions: Session[]): TrainingLog {
  return { sessions };
}

/** An Io that records what a command prints, in a temp directory of its own. */
export function fakeIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    cwd,
    now: () => new Date("2026-11-30T12:00:00Z"),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

/** A temp directory for CLI input files; `remove` deletes it. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "hipthrust-engine-"));
  return {
    dir,
    write(name: string, content: unknown): string {
      writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
      return name;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs the CLI in process; returns the exit code and what it printed. */
export async function cli(argv: string[], cwd: string) {
  const { io, stdout, stderr } = fakeIo(cwd);
  const code = await run(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}
