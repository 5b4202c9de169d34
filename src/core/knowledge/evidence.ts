// Claims the product may show (SPEC E), each with its source, kind, strength and limits.
// Weak and disputed claims are worded as what a seed says, never as settled fact.
import type { EvidenceClaim, EvidenceStrength } from "./types.js";

const NCBI = "NCBI Bookshelf anatomy reviews";
const ACTIVATION_REVIEW = "systematic review of gluteus maximus activation";
const NINE_WEEK_TRIAL = "nine-week hip thrust vs back squat trial, untrained college-aged adults";
const META_2025 = "2025 systematic review and meta-analysis of gluteus maximus hypertrophy";

export const EVIDENCE: readonly EvidenceClaim[] = [
  {
    id: "glute-max-anatomy",
    topic: "anatomy",
    claim:
      "The gluteus maximus is one of the main muscles that extend the hip and turn the thigh outward; the gluteus medius and minimus mostly lift the leg sideways, rotate it and steady the pelvis.",
    kind: "anatomy",
    strength: "strong",
    sources: [{ seed: "004", study: NCBI }, { seed: "001" }, { seed: "003" }],
    limits: "Anatomy tells what a muscle can do, not which exercise grows it best.",
  },
  {
    id: "meta-2025-menu",
    topic: "hypertrophy",
    claim:
      "Resistance training grows the gluteus maximus, and many routes contribute: squats, leg presses, kneeling hip extensions, programmes built on one exercise and ones that combine several hip-extension lifts.",
    kind: "review",
    strength: "strong",
    sources: [{ seed: "004", study: META_2025 }],
    limits:
      "Few long-term trials match volume, effort, range, technique, training status and diet between exercises, so it cannot rank one exercise above the rest.",
  },
  {
    id: "not-mandatory",
    topic: "hypertrophy",
    claim:
      "Hip thrusts are one useful, loadable glute exercise, but glutes can grow without them, they are not shown to beat squats, and not a full lower-body programme on their own.",
    kind: "review",
    strength: "strong",
    sources: [
      { seed: "004", study: META_2025 },
      { seed: "004", study: NINE_WEEK_TRIAL },
    ],
    limits:
      "A statement of what the evidence does not show; it does not say which exercise suits a given person best.",
  },
  {
    id: "emg-indirect",
    topic: "glute activation",
    claim:
      "Muscle activation (EMG) is indirect evidence: it suggests why an exercise may train a muscle, but cannot promise more growth, better carry-over to other lifts, fewer injuries or a more comfortable lift.",
    kind: "review",
    strength: "strong",
    sources: [{ seed: "004", study: ACTIVATION_REVIEW }],
    limits: "A caution about one kind of evidence, not a finding about the hip thrust itself.",
  },
  {
    id: "hip-thrust-activation",
    topic: "glute activation",
    claim:
      "The barbell hip thrust produced higher gluteus maximus EMG than the back squat, most of all near full hip extension, where horizontal loading puts the greatest demand on the glutes.",
    kind: "acute-emg",
    strength: "moderate",
    sources: [{ seed: "000", study: "Contreras et al. 2015" }, { seed: "003" }, { seed: "002" }],
    limits:
      "One acute EMG comparison; activation is an indirect marker and does not by itself show more growth or strength over time (004).",
  },
  {
    id: "activation-many-exercises",
    topic: "glute activation",
    claim:
      "Many common lifts showed high gluteus maximus activation: deadlifts, lunges, split squats, belt squats, step-ups and hip thrusts among them.",
    kind: "review",
    strength: "moderate",
    sources: [{ seed: "004", study: ACTIVATION_REVIEW }],
    limits:
      "Activation data cannot show which exercise gives the best long-term growth, strength transfer, pain or injury outcome.",
  },
  {
    id: "thrust-vs-squat-trial",
    topic: "hypertrophy",
    claim:
      "Over nine supervised weeks with matched sets, hip thrusts and back squats grew the glutes about equally and improved the deadlift about equally; squats grew the quadriceps and adductors more.",
    kind: "training-study",
    strength: "moderate",
    sources: [{ seed: "004", study: NINE_WEEK_TRIAL }],
    limits:
      "A short trial in untrained college-aged people; it should not be stretched to advanced lifters, athletes, rehab or pain.",
  },
  {
    id: "trials-short-untrained",
    topic: "hypertrophy",
    claim:
      "The direct training evidence on hip thrusts is thin: few long-term trials, and the head-to-head one was short and in untrained people.",
    kind: "review",
    strength: "strong",
    sources: [{ seed: "004", study: NINE_WEEK_TRIAL }],
    limits: "Describes a gap in the research; it neither supports nor rules out any particular benefit.",
  },
  {
    id: "specific-practice",
    topic: "athletic transfer",
    claim:
      "For squat, deadlift, sprint or sport performance the hip thrust can serve as accessory work but does not replace practising the specific lift or skill.",
    kind: "review",
    strength: "moderate",
    sources: [
      { seed: "004", study: NINE_WEEK_TRIAL },
      { seed: "004", study: META_2025 },
    ],
    limits: "A reading of the evidence as a whole rather than the result of one trial.",
  },
  {
    id: "not-clinical-care",
    topic: "pain and rehab",
    claim:
      "Hip thrusts are not a substitute for rehab or clinical care; pain that persists calls for a healthcare professional.",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "004" }, { seed: "001" }],
    limits:
      "Cautious advice, not a tested outcome; it says nothing about whether hip thrusts help a given condition.",
  },
  {
    id: "rest-48h",
    topic: "frequency",
    claim:
      "001 advises hip thrusting two or three times a week with at least 48 h between sessions; 000 too stresses rest and recovery against overtraining.",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "001" }, { seed: "000", study: "Halson & Jeukendrup 2004" }],
    limits:
      "The 48 h figure is a practitioner's rule, not a tested threshold for the hip thrust; recovery varies with load, volume and the person.",
  },
  {
    id: "daily-overtraining-risk",
    topic: "frequency",
    claim:
      "Training the hip thrust every day carries a risk of overtraining, fatigue and injury, above all for beginners.",
    kind: "review",
    strength: "moderate",
    sources: [{ seed: "000", study: "Halson & Jeukendrup 2004" }],
    limits:
      "The cited review is about overtraining in general; it gives no safe daily dose for the hip thrust.",
  },
  {
    id: "gated-progression",
    topic: "progression",
    claim:
      "Start light, learn the form, then add load or reps gradually (001 suggests about 2.5–5 lb every two weeks), and only when the planned sets are finished without a shortened top, lost control, bouncing or carried-over fatigue (004).",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "000" }, { seed: "001" }, { seed: "004" }],
    limits: "Coaching practice; the seeds cite no trial of these step sizes or gates.",
  },
  {
    id: "dose-ranges",
    topic: "programming",
    claim:
      "004's practical default is 2–5 sets of about 6–15 reps, with effort near RPE 7–9; 001 and 002 suggest lower reps (3–5, or 5–10 as a primary lift) for strength, 8–12 for size and 10–15 for accessory work.",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "004" }, { seed: "001" }, { seed: "002" }],
    limits:
      "Practical defaults from coaching, not doses tested for the hip thrust; they need fitting to the rest of the plan.",
  },
  {
    id: "repeatable-setup",
    topic: "technique",
    claim:
      "Keeping bench height, foot position, range, top position and effort the same week to week makes progress readable; changing them mid-set muddies it.",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "004" }],
    limits: "A practical argument about measurement, not a study result.",
  },
  {
    id: "foot-position",
    topic: "technique",
    claim:
      "003 says feet set too far out shift work to the hamstrings and feet set too close shift it to the quadriceps; vertical shins at the top keep it on the glutes.",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "003" }, { seed: "001" }],
    limits: "A coaching observation that fits the mechanics; the seeds report no measurement of it.",
  },
  {
    id: "lower-back-demand",
    topic: "fatigue management",
    claim:
      "004 reasons that the hip thrust loads hip extension from a supported position with less grip, lower-back and balance demand than heavy hinges or lunges; 002 adds that it loads the lumbar spine less directly than good mornings or back extensions.",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "004" }, { seed: "002" }],
    limits:
      "Reasoned from the set-up, not measured in the seeds; 004 adds that it does not make the hip thrust safer or better for everyone.",
  },
  {
    id: "glute-bridge-alternative",
    topic: "variations",
    claim:
      "001 says the floor glute bridge works much the same muscles as the hip thrust without a bench, suits beginners and puts little stress on the lower back.",
    kind: "opinion",
    strength: "moderate",
    sources: [{ seed: "001" }],
    limits:
      "No study is cited; the bridge's shorter range and lighter loading are not compared with the hip thrust.",
  },
  {
    id: "variations-prevent-plateaus",
    topic: "variations",
    claim:
      "000 and 002 say that single-leg, banded, tempo and foot-position variations keep progress going and work the muscles in new ways.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "000" }, { seed: "002" }],
    limits:
      "No study is cited; 004 warns that variations swapped from set to set make progress hard to read, so change one thing at a time.",
  },
  {
    id: "lift-carryover",
    topic: "athletic transfer",
    claim:
      "001 and 002 say hip thrusts strengthen the squat and deadlift, especially their lockout; in 004's nine-week trial hip thrusts improved the deadlift about as much as squats did.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "001" }, { seed: "002" }, { seed: "004", study: NINE_WEEK_TRIAL }],
    limits:
      "The lockout and squat claims cite no study; the deadlift result comes from one short trial in untrained people.",
  },
  {
    id: "more-than-squats",
    topic: "hypertrophy",
    claim:
      "001 says hip thrusts work the glutes more than squats do, giving a greater range of motion as the reason, and so build glute strength better.",
    kind: "opinion",
    strength: "disputed",
    sources: [{ seed: "001" }, { seed: "000", study: "Contreras et al. 2015" }],
    limits:
      "Higher activation is not more growth: the nine-week trial found similar glute growth with squats, and 001's own FAQ calls both exercises valuable.",
    disputedBy: ["thrust-vs-squat-trial", "emg-indirect", "not-mandatory"],
  },
  {
    id: "daily-two-weeks",
    topic: "frequency",
    claim:
      "000 says a fortnight of daily hip thrusts brings significant gains in glute size, strength, athletic performance, posture and mood.",
    kind: "opinion",
    strength: "disputed",
    sources: [
      { seed: "000", study: "Andersen et al. 2010" },
      { seed: "000", study: "Contreras et al. 2015" },
    ],
    limits:
      "No study of daily hip thrusts is cited: by their titles, Andersen et al. (2010) looks at the force–velocity relationship after training and detraining, and Contreras et al. (2015) compares EMG in the squat and the hip thrust. 000 itself warns of overtraining.",
    disputedBy: ["rest-48h", "daily-overtraining-risk", "trials-short-untrained", "emg-indirect"],
  },
  {
    id: "sprint-speed",
    topic: "athletic transfer",
    claim: "000, 001 and 002 say hip thrusts raise sprint speed through stronger hip extension.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "000", study: "McCurdy et al. 2012" }, { seed: "002" }, { seed: "001" }],
    limits:
      "The cited McCurdy et al. (2012) study, by its title, relates movement features to jump and sprint performance in soccer players; it is not a hip-thrust training trial. Sprint speed needs sprint practice (004).",
    disputedBy: ["specific-practice", "emg-indirect"],
  },
  {
    id: "jump-height",
    topic: "athletic transfer",
    claim: "000, 001 and 002 say the strength from hip thrusts carries over to higher jumps.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "000", study: "Comfort et al. 2011" }, { seed: "002" }, { seed: "001" }],
    limits:
      "The cited Comfort et al. (2011) study, by its title, looks at squat strength and sprinting in rugby league players, not hip thrusts or jumping.",
    disputedBy: ["specific-practice"],
  },
  {
    id: "lower-back-pain",
    topic: "pain and rehab",
    claim:
      "000, 001 and 002 say stronger glutes take load off the lower back and so reduce or prevent lower-back pain.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "000", study: "Arokoski et al. 2001" }, { seed: "001" }, { seed: "002" }],
    limits:
      "Arokoski et al. (2001) measured back and hip extensor activity during therapeutic exercises, not pain after hip-thrust training; 001 notes poor form itself causes back pain in the lift; 004 says activation cannot show pain outcomes.",
    disputedBy: ["not-clinical-care", "emg-indirect"],
  },
  {
    id: "posture",
    topic: "posture",
    claim:
      "000, 001 and 002 say stronger glutes improve pelvic alignment and posture, especially for people who sit a lot.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "000", study: "Kendall et al. 2005" }, { seed: "001" }, { seed: "002" }],
    limits:
      "Kendall et al. (2005) is a textbook linking weak glutes with poor posture; no trial shows hip thrusts change posture.",
  },
  {
    id: "injury-prevention",
    topic: "injury",
    claim:
      "002 says hip thrusts help prevent injuries such as hamstring strains and knees caving in; 001 says strong glutes prevent injuries.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "002" }, { seed: "001" }],
    limits: "No study is cited; 004 notes that activation evidence cannot show injury prevention.",
    disputedBy: ["emg-indirect"],
  },
  {
    id: "metabolism",
    topic: "metabolism",
    claim:
      "000 and 002 say training the big glute muscles raises calorie burn and metabolic rate, including after the session (EPOC).",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "000", study: "Thornton & Potteiger 2002" }, { seed: "002" }],
    limits:
      "Thornton & Potteiger (2002) compared resistance bouts of different intensities, not the hip thrust; the seeds give no size of the effect.",
  },
  {
    id: "testosterone",
    topic: "hormones",
    claim:
      "002 says heavy lifts for large muscles such as the hip thrust raise testosterone and so aid growth and recovery.",
    kind: "opinion",
    strength: "weak",
    sources: [{ seed: "002" }],
    limits:
      "No study is cited, and the seed gives no size or duration of the effect nor any link to results.",
  },
  {
    id: "general-exercise-benefits",
    topic: "health",
    claim:
      "000 links strength training in general with better mood, self-esteem and cardiovascular health, and credits daily hip thrusts with them.",
    kind: "opinion",
    strength: "weak",
    sources: [
      { seed: "000", study: "O'Connor et al. 2010" },
      { seed: "000", study: "Fox 2000" },
      { seed: "000", study: "Garber et al. 2011" },
    ],
    limits:
      "The cited works are about exercise or strength training in general; none tests the hip thrust, let alone two weeks of it.",
  },
];

const RANK: Record<EvidenceStrength, number> = { strong: 0, moderate: 1, weak: 2, disputed: 3 };

/** Strongest first (SPEC E); the sort is stable, so claims keep their order within a strength. */
export function evidenceByStrength(claims: readonly EvidenceClaim[] = EVIDENCE): EvidenceClaim[] {
  return [...claims].sort((a, b) => RANK[a.strength] - RANK[b.strength]);
}
