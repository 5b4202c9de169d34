// fast-check arbitraries for valid profiles and training logs (CONTRACT.md's formats).
//
// Logs are built to look like real training: sessions a few days apart, mostly one hip-thrust
// variation that fits the profile's equipment, loads that the profile's bar and plates can make and
// that move up or down by a plate, clean sessions at the top of the range mixed with messy ones
// (missed lockouts, unrecorded form fields, pain, RPE 10), warm-up sets and check-ins.
import fc from "fast-check";
import { EQUIPMENT_IDS } from "../../src/core/equipment.js";
import type {
  ExerciseEntry,
  HipThrustId,
  LoggedSet,
  Profile,
  Readiness,
  Session,
  TrainingLog,
  Unit,
} from "../../src/core/types.js";
import { addDays, DUMBBELL_LOADED, fits, G, GOALS, HIP_THRUSTS, PLATE_LOADED } from "./spec.js";

export const EQUIPMENT: string[] = [...EQUIPMENT_IDS];

/** Common kits, so loaded variations come up often; random subsets for the rest. */
const KITS = [
  [],
  ["bench"],
  ["bench", "bands"],
  ["bench", "dumbbells"],
  ["barbell", "plates", "bench"],
  ["barbell", "plates", "bench", "dumbbells", "bands"],
  ["smith-machine", "plates", "bench"],
  ["hip-thrust-machine", "bench"],
];

export const PLATES: Record<Unit, number[]> = {
  kg: [25, 20, 15, 10, 5, 2.5, 1.25],
  lb: [45, 35, 25, 10, 5, 2.5],
};
export const BARS: Record<Unit, number[]> = { kg: [20, 15, 10], lb: [45, 35] };
/** What a gym has when the profile lists no plates or bar (our choice for the generator only). */
const DEFAULT_BAR: Record<Unit, number> = { kg: 20, lb: 45 };

const equipmentArb = fc.oneof(
  { arbitrary: fc.constantFrom(...KITS), weight: 3 },
  { arbitrary: fc.subarray(EQUIPMENT), weight: 2 },
);

const profileFor = (unit: Unit): fc.Arbitrary<Profile> =>
  fc.record(
    {
      unit: fc.constant(unit),
      bodyweight: fc.integer({ min: 80, max: 300 }).map((x) => (unit === "kg" ? x / 2 : x)),
      experience: fc.constantFrom("novice", "intermediate", "advanced"),
      goal: fc.constantFrom(...GOALS),
      daysPerWeek: fc.integer({ min: 1, max: 7 }),
      equipment: equipmentArb,
      plates: fc.oneof(
        fc.constant(unit === "kg" ? [20, 10, 5, 2.5, 1.25] : [45, 25, 10, 5, 2.5]),
        fc.subarray(PLATES[unit], { minLength: 1 }),
      ),
      barWeight: fc.constantFrom(...BARS[unit]),
      constraints: fc.subarray(["lower-back-sensitive", "no-bench", "knee-discomfort"]),
      otherTraining: fc.subarray(["squat", "deadlift", "sprint", "team-sport", "powerlifting", "rehab"]),
      challenge: fc.constant("daily-two-weeks" as const),
    },
    { requiredKeys: ["unit", "experience", "goal", "daysPerWeek", "equipment"] },
  ) as fc.Arbitrary<Profile>;

export const profileArb: fc.Arbitrary<Profile> = fc.constantFrom<Unit>("kg", "lb").chain(profileFor);

/** A profile that lists its bar and plates (so "makeable" has a meaning). */
export const platedProfileArb: fc.Arbitrary<Profile> = profileArb.chain((p) =>
  fc
    .record({
      plates: fc.subarray(PLATES[p.unit], { minLength: 1 }),
      barWeight: fc.constantFrom(...BARS[p.unit]),
    })
    .map((extra) => ({ ...p, plates: p.plates ?? extra.plates, barWeight: p.barWeight ?? extra.barWeight })),
);

const LOADED_KITS = [
  ["barbell", "plates", "bench"],
  ["barbell", "plates", "bench", "dumbbells", "bands"],
  ["smith-machine", "plates", "bench"],
  ["bench", "dumbbells"],
  ["hip-thrust-machine", "bench"],
];

/**
 * A lifter with equipment that loads the hip thrust and a goal with working sets, so that load
 * increases (and the rules that block them) come up often.
 */
export const loadedProfileArb: fc.Arbitrary<Profile> = platedProfileArb.chain((p) =>
  fc
    .record({
      equipment: fc.constantFrom(...LOADED_KITS),
      goal: fc.constantFrom(...GOALS.filter((g) => g !== "activation")),
    })
    .map((x) => ({ ...p, ...x, constraints: (p.constraints ?? []).filter((c) => c !== "no-bench") })),
);

type Move = "same" | "up" | "down" | "new";

interface SetSpec {
  reps: number;
  rpe: number | undefined;
  fullLockout: boolean | undefined;
  controlled: boolean | undefined;
  pain: number | undefined;
}

const rpeArb = fc.integer({ min: 10, max: 20 }).map((x) => x / 2);
const painArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 6 },
  { arbitrary: fc.integer({ min: 1, max: 8 }), weight: 1 },
);
const gateArb = fc.option(
  fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.constant(false), weight: 1 }),
  {
    nil: undefined,
    freq: 5,
  },
);
/** A 0–10 check-in score, mostly low: a lifter is not sore every day. */
const scoreArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 4 },
  { arbitrary: fc.integer({ min: 6, max: 10 }), weight: 1 },
);
const readinessArb: fc.Arbitrary<Readiness> = fc.record(
  {
    soreness: scoreArb,
    fatigue: scoreArb,
    sleepHours: fc.integer({ min: 4, max: 10 }),
  },
  { requiredKeys: [] },
);

const setSpecArb = (topReps: number): fc.Arbitrary<SetSpec> =>
  fc.record({
    reps: fc.oneof(fc.constant(topReps), fc.integer({ min: 1, max: 20 })),
    rpe: fc.option(rpeArb, { nil: undefined, freq: 6 }),
    fullLockout: gateArb,
    controlled: gateArb,
    pain: fc.option(painArb, { nil: undefined, freq: 5 }),
  });

const sessionSpecArb = (exercises: readonly HipThrustId[], plates: readonly number[], topReps: number) =>
  fc.record({
    gap: fc.oneof(
      { arbitrary: fc.integer({ min: 2, max: 4 }), weight: 4 },
      { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 1 },
    ),
    exercise: fc.option(fc.constantFrom(...exercises), { nil: null, freq: 6 }),
    move: fc.constantFrom<Move>("same", "same", "same", "same", "up", "down", "new"),
    newSide: fc.array(fc.constantFrom(...plates), { maxLength: 5 }),
    clean: fc.oneof(
      { arbitrary: fc.constant(true), weight: 3 },
      { arbitrary: fc.constant(false), weight: 2 },
    ),
    setCount: fc.integer({ min: 1, max: 5 }),
    sets: fc.array(setSpecArb(topReps), { minLength: 5, maxLength: 5 }),
    warmUps: fc.integer({ min: 0, max: 2 }),
    warmUpPain: fc.option(painArb, { nil: undefined, freq: 8 }),
    readiness: fc.option(readinessArb, { nil: undefined, freq: 4 }),
    dateTime: fc.boolean(),
    complement: fc.boolean(),
  });

/** Loads as the generator tracks them: plates per side on a bar, or a count of fixed steps. */
class Loads {
  private side = new Map<HipThrustId, number[]>();
  private steps = new Map<HipThrustId, number>();
  constructor(
    private readonly profile: Profile,
    private readonly plates: readonly number[],
  ) {}

  next(exercise: HipThrustId, move: Move, newSide: number[]): number {
    const unit = this.profile.unit;
    if (PLATE_LOADED.includes(exercise)) {
      const bar = this.profile.barWeight ?? DEFAULT_BAR[unit];
      let side = this.side.get(exercise) ?? [...newSide];
      const smallest = Math.min(...this.plates);
      if (move === "up") side = [...side, smallest];
      else if (move === "down") side = side.slice(0, -1);
      else if (move === "new") side = [...newSide];
      this.side.set(exercise, side);
      return bar + 2 * side.reduce((a, b) => a + b, 0);
    }
    const dumbbell = DUMBBELL_LOADED.includes(exercise);
    if (dumbbell || exercise === "machine-hip-thrust") {
      const step = dumbbell ? (unit === "kg" ? 2.5 : 5) : unit === "kg" ? 5 : 10;
      let k = this.steps.get(exercise) ?? 1 + newSide.length * 3;
      if (move === "up") k += 1;
      else if (move === "down") k = Math.max(1, k - 1);
      else if (move === "new") k = 1 + newSide.length * 3;
      this.steps.set(exercise, k);
      return k * step;
    }
    return 0;
  }
}

/** The hip-thrust variations this profile's equipment allows. */
export function fittingVariations(profile: Profile): HipThrustId[] {
  return HIP_THRUSTS.filter((id) => fits(id, profile.equipment, profile.constraints ?? []));
}

/**
 * A valid log for `profile`, every session strictly before `day`, in shuffled order; sometimes
 * a check-in on `day` itself.
 */
export function logArb(profile: Profile, day: string): fc.Arbitrary<TrainingLog> {
  const exercises = fittingVariations(profile);
  const plates = profile.plates?.length ? profile.plates : PLATES[profile.unit];
  const topReps = G[profile.goal].reps.max;
  return fc
    .record({
      main: fc.constantFrom(...exercises),
      specs: fc.array(sessionSpecArb(exercises, plates, topReps), { maxLength: 8 }),
      order: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
      checkIn: fc.option(readinessArb, { nil: undefined, freq: 3 }),
    })
    .map(({ main, specs, order, checkIn }) => {
      const loads = new Loads(profile, plates);
      const total = specs.reduce((sum, s) => sum + s.gap, 0);
      let offset = total;
      const sessions: Session[] = specs.map((spec) => {
        const date = addDays(day, -offset);
        offset -= spec.gap;
        const exercise = spec.exercise ?? main;
        const load = loads.next(exercise, spec.move, spec.newSide);
        const working: LoggedSet[] = spec.sets.slice(0, spec.setCount).map((s) =>
          spec.clean
            ? { load, reps: topReps, rpe: 8, fullLockout: true, controlled: true, pain: 0 }
            : withDefined({
                load,
                reps: s.reps,
                rpe: s.rpe,
                fullLockout: s.fullLockout,
                controlled: s.controlled,
                pain: s.pain,
              }),
        );
        const warmUps: LoggedSet[] = Array.from({ length: spec.warmUps }, () =>
          withDefined({ load: 0, reps: 10, warmup: true, pain: spec.warmUpPain }),
        );
        const entries: ExerciseEntry[] = [{ exercise, sets: [...warmUps, ...working] }];
        if (spec.complement) entries.push({ exercise: "romanian-deadlift", sets: [{ load: 40, reps: 10 }] });
        return withDefined({
          date: spec.dateTime ? `${date}T18:30:00Z` : date,
          readiness: spec.readiness,
          exercises: entries,
        }) as Session;
      });
      if (checkIn) sessions.push({ date: day, readiness: checkIn });
      const shuffled = sessions
        .map((s, i) => ({ s, k: order[i] ?? 0 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.s);
      return { sessions: shuffled };
    });
}

/** Drops keys whose value is undefined, as JSON would. */
function withDefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** A profile and a log for it. */
export function profileAndLogArb(day: string, profiles: fc.Arbitrary<Profile> = profileArb) {
  return profiles.chain((profile) => logArb(profile, day).map((log) => ({ profile, log })));
}
