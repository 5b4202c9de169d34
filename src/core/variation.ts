import { isRehab } from "./dose.js";
import { hasAll } from "./equipment.js";
import { exerciseById } from "./knowledge/exercises/index.js";
import type { Goal, HipThrustId, Profile, Reason } from "./types.js";

/**
 * P7 ladder rungs, lowest first; within a rung, the order of preference. The loaded floor bridges
 * sit beside the bench variations with the same load (V1): they are what a person without a bench
 * climbs, and a bench variation is preferred when there is a bench.
 */
const LADDER: readonly (readonly HipThrustId[])[] = [
  ["glute-bridge"],
  ["bodyweight-hip-thrust"],
  [
    "dumbbell-hip-thrust",
    "banded-hip-thrust",
    "dumbbell-glute-bridge",
    "banded-glute-bridge",
    "single-leg-hip-thrust",
  ],
  ["barbell-hip-thrust", "smith-machine-hip-thrust", "machine-hip-thrust", "barbell-glute-bridge"],
];

/** The floor bridges: what `no-bench` leaves of the family, with the machine that needs no bench (V1). */
export function isBridge(id: HipThrustId): boolean {
  return id.endsWith("glute-bridge");
}

export function rungOf(id: HipThrustId): number {
  return LADDER.findIndex((rung) => rung.includes(id));
}

/** Loaded by a dumbbell, a bar or a machine stack: `next` prescribes a load in the profile's unit. */
export function isExternallyLoaded(id: HipThrustId): boolean {
  return id === "dumbbell-hip-thrust" || id === "dumbbell-glute-bridge" || rungOf(id) === 3;
}

export function isBanded(id: HipThrustId): boolean {
  return id === "banded-hip-thrust" || id === "banded-glute-bridge";
}

/** Equipment the person can use, with `no-bench` (V1) taking the bench away. */
export function usableEquipment(profile: Profile): string[] {
  const noBench = profile.constraints?.includes("no-bench") ?? false;
  return profile.equipment.filter((item) => !(noBench && item === "bench"));
}

export function hasBench(profile: Profile): boolean {
  return usableEquipment(profile).includes("bench");
}

/**
 * V1 and V3: the variations this person can do with what they have. Without a bench that is the
 * glute-bridge family (loaded as the equipment allows) and a hip-thrust machine, which needs none.
 */
export function availableVariations(profile: Profile): HipThrustId[] {
  const owned = usableEquipment(profile);
  return LADDER.flat().filter((id) => hasAll(owned, exerciseById(id)?.equipment ?? []));
}

/** The best variation on a rung the person can do, or null. */
function pickOnRung(rung: number, available: readonly HipThrustId[]): HipThrustId | null {
  return LADDER[rung]?.find((id) => available.includes(id)) ?? null;
}

/**
 * The variation to start with when there is no history (P1, V1–V3, P7): novices start on the
 * bodyweight rung (V2), activation work stays bodyweight or banded (G4), others take the highest
 * rung their equipment allows; without external load, single-leg work is the harder option (P7).
 */
export function startingVariation(profile: Profile): { id: HipThrustId; reasons: Reason[] } {
  const available = availableVariations(profile);
  const bench = hasBench(profile);
  const unloaded: HipThrustId = bench ? "bodyweight-hip-thrust" : "glute-bridge";
  const v1: Reason[] = bench ? [] : [noBenchReason(available)];
  if (profile.goal === "activation" || isRehab(profile)) {
    const banded = available.find((id) => isBanded(id) && (bench || isBridge(id)));
    const rehab = profile.goal !== "activation";
    return {
      id: banded ?? unloaded,
      reasons: [
        ...v1,
        rehab
          ? {
              rule: "D4",
              message:
                "In rehab the work stays bodyweight or band only, light and pain-free, as your clinician allows.",
            }
          : {
              rule: "G4",
              message: "Activation work stays light: bodyweight or a band, well short of failure.",
            },
      ],
    };
  }
  if (profile.experience === "novice") {
    return {
      id: unloaded,
      reasons: [
        ...v1,
        {
          rule: "V2",
          message: "New to the lift: learn it with bodyweight until the form gates hold for two sessions.",
        },
        { rule: "P1", message: "Start with bodyweight and master the form before adding load." },
      ],
    };
  }
  for (let rung = LADDER.length - 1; rung >= 2; rung--) {
    const id = preferredOnRung(rung, available, profile.goal);
    if (id) {
      return {
        id,
        reasons: [
          ...v1,
          { rule: "V3", message: `${nameOf(id)} is the most loadable variation your equipment allows.` },
          { rule: "P7", message: `It sits on rung ${rung + 1} of the variation ladder.` },
        ],
      };
    }
  }
  return {
    id: unloaded,
    reasons: [...v1, { rule: "V3", message: "Only bodyweight work fits your equipment." }],
  };
}

/** V1, said as it applies: the machine needs no bench; otherwise the floor bridge family. */
function noBenchReason(available: readonly HipThrustId[]): Reason {
  const machine = available.includes("machine-hip-thrust");
  return {
    rule: "V1",
    message: machine
      ? "No bench: the hip-thrust machine needs none, and otherwise the floor glute bridge family takes the hip thrust's place."
      : "No bench to lean on, so the floor glute bridge family takes the hip thrust's place.",
  };
}

/** Variations that add resistance beyond bodyweight: dumbbell, band, bar or machine. */
export function addsResistance(id: HipThrustId): boolean {
  return isExternallyLoaded(id) || isBanded(id);
}

/**
 * P7: single-leg work only when nothing at all adds resistance; otherwise the ladder's own order.
 * Returns null for a rung with nothing fitting, so callers move on to the next rung.
 */
function preferredOnRung(rung: number, available: readonly HipThrustId[], goal: Goal): HipThrustId | null {
  const resisted = LADDER[rung]?.filter((id) => addsResistance(id) && available.includes(id)) ?? [];
  if (goal === "athletic" && resisted.includes("barbell-hip-thrust")) return "barbell-hip-thrust";
  if (resisted[0]) return resisted[0];
  return available.some(addsResistance) ? null : pickOnRung(rung, available);
}

/** P7: the next variation up the ladder that the person can do, or null at the top. */
export function nextVariationUp(current: HipThrustId, profile: Profile): HipThrustId | null {
  const available = availableVariations(profile);
  for (let rung = rungOf(current) + 1; rung < LADDER.length; rung++) {
    const id = preferredOnRung(rung, available, profile.goal);
    if (id) return id;
  }
  return null;
}

/** P7: the variation a rung down, or null at the bottom. */
export function nextVariationDown(current: HipThrustId, profile: Profile): HipThrustId | null {
  const available = availableVariations(profile);
  for (let rung = rungOf(current) - 1; rung >= 0; rung--) {
    const id = pickOnRung(rung, available);
    if (id) return id;
  }
  return null;
}

export function nameOf(id: HipThrustId): string {
  return exerciseById(id)?.name ?? id;
}
