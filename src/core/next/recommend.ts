import { volumeTrendOf } from "../analytics/volume.js";
import { DOSES, type Dose, restSeconds, WARM_UP } from "../dose.js";
import { type HipThrustSession, hipThrustSessions, readinessOn } from "../history.js";
import { estimateE1rm } from "../progression/e1rm.js";
import { loadSchemeFor } from "../progression/loads.js";
import { platesPerSide } from "../progression/plates.js";
import type {
  HipThrustId,
  NextRecommendation,
  Profile,
  Range,
  Reason,
  TrainingLog,
  Warning,
} from "../types.js";
import { startingVariation } from "../variation.js";
import { checkFrequency } from "./frequency.js";
import { decideProgress } from "./progress.js";

/** F5: a check-in of 7+ for soreness or fatigue. */
const HIGH_READINESS_SCORE = 7;
/** F5: today's RPE cap when sore or tired. */
const F5_RPE_CAP = 7;

function bestE1rm(session: HipThrustSession | undefined): NextRecommendation["e1rm"] {
  if (!session) return null;
  let best: NextRecommendation["e1rm"] = null;
  for (const set of session.sets) {
    const e = estimateE1rm(set.load, set.reps, set.rpe);
    if (e && (!best || e.value > best.value)) {
      best = { value: Math.round(e.value * 10) / 10, method: e.method, exercise: session.exercise };
    }
  }
  return best;
}

function restDay(
  profile: Profile,
  day: string,
  exercise: HipThrustId,
  warnings: Warning[],
  reasons: Reason[],
): NextRecommendation {
  const zero: Range = { min: 0, max: 0 };
  return {
    date: day,
    train: false,
    exercise,
    sets: 0,
    reps: zero,
    rpe: zero,
    load: null,
    unit: profile.unit,
    change: "rest",
    restSeconds: 0,
    plates: null,
    e1rm: null,
    activation:
      profile.challenge === "daily-two-weeks"
        ? { exercise: "glute-bridge", sets: WARM_UP.sets.max, reps: WARM_UP.reps, rpe: WARM_UP.rpe }
        : null,
    warnings,
    reasons,
  };
}

/** F4 (heuristic): the week's hard sets, with `planned` more today, against the previous four weeks. */
function volumeSpike(
  sessions: readonly HipThrustSession[],
  day: string,
  planned: number,
): { warning: Warning; reason: Reason } | null {
  const trend = volumeTrendOf(sessions, day, planned);
  if (!trend.spike) return null;
  const today = planned > 0 ? "With today's sets, this week reaches" : "This week already has";
  return {
    warning: {
      code: "volume-spike",
      message: `${today} ${trend.thisWeek} hard sets, over 1.5× your recent weekly mean of ${trend.baseline.toFixed(1)}.`,
    },
    reason: {
      rule: "F4",
      message: "A week's hard sets above 1.5× the mean of the previous four is a spike (heuristic).",
    },
  };
}

/** G4 as the goal: light activation sets, any day; F1 and F2 do not apply to them. */
function activationDay(profile: Profile, day: string, dose: Dose, hasHistory: boolean): NextRecommendation {
  const variation = startingVariation(profile);
  return {
    date: day,
    train: true,
    exercise: variation.id,
    sets: dose.sets.max,
    reps: dose.reps,
    rpe: dose.rpe,
    load: null,
    unit: profile.unit,
    change: hasHistory ? "hold" : "start",
    restSeconds: restSeconds(dose),
    plates: null,
    e1rm: null,
    activation: null,
    warnings: [],
    reasons: [
      ...variation.reasons,
      {
        rule: "G4",
        message: "Activation sets: 1–2 light sets of 10–20, well short of failure; they fit any day.",
      },
    ],
  };
}

/** What to do on `day` (YYYY-MM-DD) from the profile and the log: the whole rulebook in one call. */
export function recommendNext(profile: Profile, log: TrainingLog, day: string): NextRecommendation {
  const dose = DOSES[profile.goal];
  const sessions = hipThrustSessions(log);
  const past = sessions.filter((s) => s.day < day);
  const lastTwo = past.slice(-2);

  // F6: pain two sessions running: see a professional before loading it again.
  if (lastTwo.length === 2 && lastTwo.every((s) => (s.painMax ?? 0) > 0)) {
    const exercise = past.at(-1)?.exercise ?? startingVariation(profile).id;
    return restDay(
      profile,
      day,
      exercise,
      [
        {
          code: "persistent-pain",
          message: `Pain in two sessions running (${lastTwo.map((s) => s.day).join(", ")}): see a healthcare professional before hip thrusting again.`,
        },
      ],
      [
        {
          rule: "F6",
          message:
            "Pain in two sessions in a row calls for a professional's view (001); D4: no substitute for care.",
        },
      ],
    );
  }
  if (profile.goal === "activation") return activationDay(profile, day, dose, past.length > 0);

  const frequency = checkFrequency(
    sessions.filter((s) => s.day <= day),
    day,
    dose,
  );
  const readiness = readinessOn(log, day);
  const highSoreness =
    (readiness?.soreness ?? 0) >= HIGH_READINESS_SCORE || (readiness?.fatigue ?? 0) >= HIGH_READINESS_SCORE;
  const today = decideProgress({ profile, dose, past, day, highSoreness });
  if (frequency.rest) {
    const spike = volumeSpike(sessions, day, 0);
    const warnings = spike ? [...frequency.warnings, spike.warning] : frequency.warnings;
    const reasons = spike ? [...frequency.reasons, spike.reason] : frequency.reasons;
    return restDay(profile, day, today.exercise, warnings, reasons);
  }
  const warnings = [...frequency.warnings, ...today.warnings];
  const reasons = [...frequency.reasons, ...today.reasons];

  let sets = today.sets;
  let rpe = { ...dose.rpe };
  if (highSoreness) {
    sets = Math.max(1, sets - 1);
    rpe = { min: Math.min(rpe.min, F5_RPE_CAP), max: Math.min(rpe.max, F5_RPE_CAP) };
    warnings.push({
      code: "high-soreness",
      message: `Today's check-in shows soreness ${readiness?.soreness ?? "?"}/10 and fatigue ${readiness?.fatigue ?? "?"}/10: one set fewer and nothing above RPE ${F5_RPE_CAP}.`,
    });
    reasons.push({
      rule: "F5",
      message: "High soreness or fatigue cuts today's work: one set fewer, RPE cap 7 (004, 000).",
    });
  }

  const spike = volumeSpike(sessions, day, sets);
  if (spike) {
    warnings.push(spike.warning);
    reasons.push(spike.reason);
  }

  const scheme = loadSchemeFor(today.exercise, profile);
  const plates =
    scheme.kind === "barbell" && today.load !== null
      ? platesPerSide(today.load, scheme.bar, scheme.plates)
      : null;
  const lastSame = [...past].reverse().find((s) => s.exercise === today.exercise);
  return {
    date: day,
    train: true,
    exercise: today.exercise,
    sets,
    reps: dose.reps,
    repsTarget: today.repsTarget,
    rpe,
    load: today.load,
    unit: profile.unit,
    change: today.change,
    restSeconds: restSeconds(dose),
    plates,
    e1rm: bestE1rm(lastSame),
    activation: null,
    warnings,
    reasons: [
      ...reasons,
      {
        rule: dose.rule,
        message: `${dose.label}: ${dose.reps.min}–${dose.reps.max} reps at RPE ${dose.rpe.min}–${dose.rpe.max}.`,
      },
    ],
  };
}
