// The SPEC rulebook in our own words. Every recommendation cites these ids; `ruleSource` gives the
// readable citation, marking what is ours (heuristic) rather than the seeds'.
import type { Seed } from "./knowledge/types.js";

export interface Rule {
  title: string;
  sources: Seed[];
  /** The whole rule is ours, not the seeds'. */
  heuristic: boolean;
  /** The part of a seed-backed rule that is ours, when only part is. */
  heuristicPart?: string;
  text: string;
}

export const RULES: Record<string, Rule> = {
  G1: {
    title: "Strength dose",
    sources: ["001", "002"],
    heuristic: false,
    text: "For strength: 3–5 sets of 3–5 reps (up to 5–10 when the hip thrust is the main strength lift) at RPE 8–9, resting 2–4 min, on 2–3 days a week.",
  },
  G2: {
    title: "Hypertrophy dose",
    sources: ["001", "004"],
    heuristic: false,
    text: "For glute size: 3–4 sets of 8–12 reps at RPE 7–9, resting 1.5–3 min, on 2–3 days a week.",
  },
  G3: {
    title: "Accessory dose",
    sources: ["002", "004"],
    heuristic: false,
    text: "As an accessory to other main lifts: 3 lighter sets of 10–15 reps at RPE 7–8, resting 1–2 min, on 1–2 days a week.",
  },
  G4: {
    title: "Activation dose",
    sources: ["002"],
    heuristic: false,
    text: "As a warm-up: 1–2 easy sets of 10–20 reps with bodyweight or a band, no harder than RPE 6, short rests; any day, and they do not count as working sets.",
  },
  G5: {
    title: "Athletic dose",
    sources: ["001", "002"],
    heuristic: false,
    text: "For athletes: 3–5 sets of 3–6 reps lifted with explosive intent at RPE 6–8, resting 2–3 min, on 1–2 days a week beside jumps and sprints.",
  },
  G6: {
    title: "General-fitness dose",
    sources: ["001", "004"],
    heuristic: false,
    text: "For general fitness: 2–3 sets of 8–15 reps at RPE 7–8, resting 1–2 min, on 1–2 days a week. Working sets stay within 2–5 sets of 6–15 reps at RPE 7–9, except G1's heavy low reps and G4's warm-ups.",
  },
  F1: {
    title: "48 hours between working sessions",
    sources: ["001"],
    heuristic: false,
    text: "Leave at least 48 hours between two sessions with working hip-thrust sets; warm-up activation sets do not count.",
  },
  F2: {
    title: "Weekly frequency cap",
    sources: ["001", "002", "004"],
    heuristic: false,
    text: "In any 7 days, hold no more working sessions than the goal's days per week allow.",
  },
  F3: {
    title: "Daily challenge, with its risk",
    sources: ["000"],
    heuristic: false,
    text: "A daily hip-thrust challenge is planned only with its risks spelled out (overtraining, fatigue, injury), and it alternates working days with activation-only days so working sets stay 48 hours apart.",
  },
  F4: {
    title: "Volume spike",
    sources: [],
    heuristic: true,
    text: "Hard sets this week above 1.5 times the average of the four weeks before count as a volume spike.",
  },
  F5: {
    title: "High soreness or fatigue",
    sources: ["004", "000"],
    heuristic: false,
    heuristicPart: "9–10, or 7+ after under five hours of sleep, means rest",
    text: "Soreness or fatigue of 7 or more out of 10 trims today's work by one set and caps effort at RPE 7, with a target that cap allows: listen to your body and keep fatigue out of the work that matters more. At 9–10, or 7+ after under five hours of sleep, rest or do activation only (our heuristic).",
  },
  F6: {
    title: "Pain",
    sources: ["001"],
    heuristic: false,
    heuristicPart: "grading by severity, the three-week window and the way back",
    text: "Pain during a set stops progression. Pain in two sessions running means seeing a healthcare professional. Lower-back pain first sends you through the form checklist with a lighter load. By severity (our heuristic): 5/10 or more, or a set stopped by pain, ends the hip thrust that day and the next session is about 20% lighter; 1–3 that settles is watched. Two sessions running means consecutive hip-thrust sessions within three weeks, working sets only. Once a professional clears you, restart at about 50–60%.",
  },
  F7: {
    title: "Back after a break",
    sources: [],
    heuristic: true,
    text: "Two weeks or more without hip-thrust work is a break: re-enter lighter (about 90% after 2–4 weeks, about 80% and one set fewer after 6 or more) and ramp back over one to two weeks before double progression resumes.",
  },
  P1: {
    title: "Start light",
    sources: ["000", "001"],
    heuristic: false,
    text: "Begin with bodyweight or a light load and get the form right before adding weight.",
  },
  P2: {
    title: "Double progression",
    sources: ["001", "004"],
    heuristic: false,
    text: "Add load only when every planned set reached the top of the rep range at or under the RPE ceiling and every form gate held; otherwise add reps at the same load.",
  },
  P3: {
    title: "Form gates",
    sources: ["004"],
    heuristic: false,
    text: "Progress needs full lockout, a controlled descent without bouncing, the same range, no pain and no soreness carried into the next session. A failed gate holds or lowers the load, never raises it.",
  },
  P4: {
    title: "Load steps",
    sources: ["001"],
    heuristic: false,
    heuristicPart: "7-day cap",
    text: "Raise the load by about 2.5–5 lb (1–2.5 kg), rounded to what your plates make, roughly every two weeks or sooner when the gates pass. At most one increase in any 7 days (our heuristic).",
  },
  P5: {
    title: "Overreach cut",
    sources: [],
    heuristic: true,
    text: "Reps below the bottom of the range at RPE 10 mean the load is too heavy: take off about 5%.",
  },
  P6: {
    title: "Stall",
    sources: ["000"],
    heuristic: false,
    heuristicPart: "best-performance measure and no second cut in a row",
    text: "No gain in load or reps over three sessions is a stall: deload about 10% or switch variation, since variations help past plateaus. Progress means a new best for that variation (estimated 1RM, or reps at a load), not rep noise; a deload restarts the count, and a second stall soon after changes the variation or rep range instead of cutting again (our heuristic).",
  },
  P7: {
    title: "Variation ladder",
    sources: ["001"],
    heuristic: false,
    text: "Climb from glute bridge to bodyweight hip thrust, then dumbbell or banded, then barbell, Smith machine or machine. Go single-leg when two-leg bodyweight is too easy and there is no load to add, or to train each side alone.",
  },
  P8: {
    title: "Estimated one-rep max",
    sources: [],
    heuristic: true,
    text: "Estimate a one-rep max from reps and RPE (the Epley formula or an RPE table) to suggest loads and draw trends; the seeds give no formula, so the choice is ours.",
  },
  P9: {
    title: "Effort steers the load",
    sources: [],
    heuristic: true,
    text: "A set above the goal's RPE ceiling holds the reps and cuts the load about 5%; sets two or more RPE under the floor take a bigger step (about 5–10%, from the estimated 1RM). A new rep range takes its load from the estimated 1RM. Each variation keeps its own history; a one-off session on another variation does not reset the main lift.",
  },
  P10: {
    title: "Unloaded work and novice strength",
    sources: [],
    heuristic: true,
    text: "Bodyweight and banded work is dosed in reps to a few in reserve (about 12–20 for two-leg work) and progresses by reps, then pauses and slower lowering, then single-leg, then external load. Novices with a strength goal spend their first weeks at about 3 × 6–10, RPE 7–8, before sets of 3–5.",
  },
  V1: {
    title: "No bench",
    sources: ["001"],
    heuristic: false,
    text: "Without a bench, use the glute-bridge family.",
  },
  V2: {
    title: "Novices",
    sources: ["001", "002"],
    heuristic: false,
    text: "Novices use the bodyweight hip thrust or glute bridge until the form gates hold for two sessions.",
  },
  V3: {
    title: "Fit the equipment",
    sources: ["001"],
    heuristic: false,
    text: "Only suggest a variation the person has the equipment for.",
  },
  V4: {
    title: "Variations for plateaus",
    sources: ["000", "002"],
    heuristic: false,
    text: "Use tempo changes for more time under tension, and foot-position or single-leg variations to get past plateaus.",
  },
  T: {
    title: "Technique",
    sources: ["001", "003", "004"],
    heuristic: false,
    text: "Upper back on the bench just below the shoulder blades; feet flat, hip-width, toes slightly out; shins vertical at the top; core braced, chin tucked; drive through the heels to a straight shoulder–hip–knee line, squeeze, never arch past it, and lower under control. Keep bench height, foot position, range, top position and effort the same each time.",
  },
  D1: {
    title: "Glute hypertrophy",
    sources: ["004"],
    heuristic: false,
    text: "When glute size is the goal, the hip thrust can take a main glute slot.",
  },
  D2: {
    title: "Tired lower back",
    sources: ["004"],
    heuristic: false,
    text: "When hinges already tire the lower back, let hip thrusts carry glute volume instead of another heavy hinge.",
  },
  D3: {
    title: "Performance goals",
    sources: ["004"],
    heuristic: false,
    text: "For squat, deadlift, sprint or sport performance the hip thrust is an accessory; keep the specific practice.",
  },
  D4: {
    title: "Rehab or pain",
    sources: ["004", "001"],
    heuristic: false,
    text: "With pain or in rehab, the hip thrust does not replace clinical care.",
  },
  D5: {
    title: "Pair it",
    sources: ["004"],
    heuristic: false,
    text: "A glute-focused plan pairs the hip thrust with a squat, lunge or leg-press pattern, a hinge or hamstring pattern, and abduction work where it fits.",
  },
  E: {
    title: "Evidence with its limits",
    sources: ["000", "001", "004"],
    heuristic: false,
    text: "Show each claim with its source, kind and limits, the stronger evidence first, and never present a weak or disputed claim as settled.",
  },
};

/** The seeds behind a rule, e.g. "001, 002", marking what is ours: "ours (heuristic)", "001; 7-day cap (heuristic)". */
export function ruleSource(id: string): string {
  const rule = RULES[id];
  if (!rule) throw new Error(`unknown rule id "${id}"`);
  const seeds = rule.sources.join(", ");
  if (rule.heuristic) return seeds ? `${seeds} (heuristic)` : "ours (heuristic)";
  return rule.heuristicPart ? `${seeds}; ${rule.heuristicPart} (heuristic)` : seeds;
}
