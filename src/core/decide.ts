import { D4_CAUTION, isRehab } from "./dose.js";
import { hasConstraint, trains, unknownValueCautions, unusedDetailCautions } from "./profile-checks.js";
import type { Decision, PatternId, Profile, Reason, Verdict, Warning } from "./types.js";
import { availableVariations, hasBench, startingVariation } from "./variation.js";

/** Patterns the person's own training already covers, so they need not be added (D3, D5). */
export function coveredPatterns(profile: Profile): PatternId[] {
  const covered: PatternId[] = [];
  if (trains(profile, "squat", "powerlifting")) covered.push("squat");
  if (trains(profile, "deadlift", "powerlifting")) covered.push("hinge");
  return covered;
}

function verdictFor(profile: Profile): { verdict: Verdict; reasons: Reason[] } {
  if (isRehab(profile)) {
    return {
      verdict: "not-a-substitute",
      reasons: [
        {
          rule: "D4",
          message:
            "You are in rehab: hip thrusts can support it only as your clinician allows; they do not replace clinical care.",
        },
      ],
    };
  }
  if (profile.goal === "activation") {
    return {
      verdict: "optional",
      reasons: [
        { rule: "G4", message: "As a warm-up, a few light bridge or thrust sets before the main work." },
      ],
    };
  }
  const specific = ["squat", "deadlift", "sprint", "team-sport", "powerlifting"].filter((k) =>
    trains(profile, k),
  );
  const performanceGoal = ["strength", "athletic", "accessory"].includes(profile.goal);
  if (specific.length > 0 && performanceGoal) {
    return {
      verdict: "accessory",
      reasons: [
        {
          rule: "D3",
          message: `For ${specific.join(", ")} performance, hip thrusts are accessory work: keep the specific practice as the main work.`,
        },
      ],
    };
  }
  if (profile.goal === "accessory") {
    return {
      verdict: "accessory",
      reasons: [
        { rule: "G3", message: "You asked for accessory work: lighter sets beside your main lifts." },
      ],
    };
  }
  if (profile.goal === "general") {
    return {
      verdict: "optional",
      reasons: [
        {
          rule: "D5",
          message:
            "For general fitness the hip thrust is one good hip-extension option among several, not a must; it earns its place when it fits your week.",
        },
      ],
    };
  }
  if (profile.goal === "hypertrophy") {
    return {
      verdict: "primary",
      reasons: [{ rule: "D1", message: "For glute growth, the hip thrust can hold a main glute slot." }],
    };
  }
  return {
    verdict: "primary",
    reasons: [
      {
        rule: profile.goal === "strength" ? "G1" : "G5",
        message: "With no competing lift to protect, the hip thrust can be a main hip-extension lift.",
      },
    ],
  };
}

function cautionsFor(profile: Profile): Warning[] {
  const cautions: Warning[] = [];
  if (hasConstraint(profile, "lower-back-sensitive")) {
    cautions.push({
      code: "lower-back",
      message:
        "Sensitive lower back: brace, keep the ribs down and stop at a straight shoulder-hip-knee line; if the back hurts, run the form check-list and go lighter (F6).",
    });
  }
  if (hasConstraint(profile, "knee-discomfort")) {
    cautions.push({
      code: "knee-discomfort",
      message:
        "Knee discomfort: set the feet so the shins are vertical at the top, and keep squat-pattern work to a pain-free depth.",
    });
  }
  if (!hasBench(profile)) {
    const machine = availableVariations(profile).includes("machine-hip-thrust");
    cautions.push({
      code: "no-bench",
      message: machine
        ? "No bench: the hip-thrust machine needs none; away from it, the glute bridge family replaces the hip thrust (V1)."
        : "No bench: the glute bridge family replaces the hip thrust (V1); a sturdy box or couch edge works too.",
    });
  }
  if (profile.challenge === "daily-two-weeks") {
    cautions.push({
      code: "daily-challenge-risk",
      message:
        "The daily two-week challenge risks overtraining, fatigue and injury (000); working sets stay 48 h apart with light activation days between (F1, F3).",
    });
  }
  if (isRehab(profile)) cautions.push(D4_CAUTION);
  return [...cautions, ...unknownValueCautions(profile), ...unusedDetailCautions(profile)];
}

/** Whether and how the hip thrust fits this person (D1–D5), with the variation to use. */
export function decide(profile: Profile): Decision {
  const { verdict, reasons } = verdictFor(profile);
  const variation = startingVariation(profile);
  const covered = coveredPatterns(profile);
  const pairWith: PatternId[] =
    verdict === "not-a-substitute" || profile.goal === "activation"
      ? []
      : (["squat", "hinge", "abduction"] as const).filter((p) => !covered.includes(p));
  const all = [...reasons, ...variation.reasons];
  // D2 is about hinges the person already does; a sensitive back without them gets its own reason.
  if (trains(profile, "deadlift", "powerlifting")) {
    all.push({
      rule: "D2",
      message:
        "Hinges already tax your lower back, so hip thrusts carry extra glute volume instead of another heavy hinge.",
    });
  } else if (hasConstraint(profile, "lower-back-sensitive") && pairWith.includes("hinge")) {
    all.push({
      rule: "D5",
      message:
        "With a sensitive lower back, the hinge slot is hamstring work (leg curls, single-leg hinges) rather than a heavy barbell hinge.",
    });
  }
  if (pairWith.length > 0) {
    all.push({
      rule: "D5",
      message: `Pair it with ${listing(pairWith.map(patternName))} work: hip thrusts do not train the whole lower body.`,
    });
  }
  all.push({
    rule: "E",
    message:
      "Evidence: the hip thrust is a useful, loadable hip-extension option; activation (EMG) data are indirect and trials are short, so it is not mandatory or proven superior to squats (004).",
  });
  return { verdict, pairWith, variation: variation.id, cautions: cautionsFor(profile), reasons: all };
}

export function patternName(pattern: PatternId): string {
  return {
    squat: "squat-pattern (squat, lunge or leg press)",
    hinge: "hinge or hamstring",
    abduction: "abduction",
  }[pattern];
}

function listing(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}
