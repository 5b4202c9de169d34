// Readable reports of the exercise library: the whole library, or one exercise in full.
import type { Exercise, ExerciseNote, Mistake, Pattern, Seed } from "../../core/knowledge/types.js";
import { ruleSource } from "../../core/rules.js";
import { table } from "./table.js";

const GROUPS: { pattern: Pattern; title: string }[] = [
  { pattern: "hip-thrust", title: `Hip-thrust family (ladder P7: ${ruleSource("P7")})` },
  { pattern: "squat", title: `Squat, lunge and leg-press pattern (pair with it, D5: ${ruleSource("D5")})` },
  { pattern: "hinge", title: `Hinge and hamstring pattern (D5: ${ruleSource("D5")})` },
  { pattern: "abduction", title: `Abduction, optional (D5: ${ruleSource("D5")})` },
];

const cite = (sources: readonly Seed[]): string => `[${sources.join(", ")}]`;

function mistakeLines(mistake: Mistake): string[] {
  return [`  - ${mistake.mistake}`, `    Fix: ${mistake.fix} ${cite(mistake.sources)}`];
}

function noteLine(note: ExerciseNote): string {
  const rule = note.rule ? `${note.rule}: ` : "";
  return `  - ${note.text} [${rule}${note.sources.join(", ")}]`;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function libraryTable(exercises: readonly Exercise[]): string {
  const rows = exercises.map((exercise) => [
    exercise.id,
    exercise.name,
    exercise.equipment.join(", ") || "none",
    exercise.level,
    exercise.ladderStep ?? "—",
  ]);
  return table(["id", "name", "equipment", "level", "step"], rows);
}

function familyTechnique(family: readonly Exercise[]): string[] {
  const cues = uniqueBy(
    family.flatMap((exercise) => exercise.cues),
    (cue) => cue,
  );
  const mistakes = uniqueBy(
    family.flatMap((exercise) => exercise.mistakes),
    (mistake) => mistake.code,
  );
  // The loaded bench variations carry the fullest wording of the shared notes, so they come first.
  const byStep = [...family].sort((a, b) => (b.ladderStep ?? 0) - (a.ladderStep ?? 0));
  const notes = uniqueBy(
    byStep.flatMap((exercise) => exercise.notes.filter((note) => note.topic !== "when-to-use")),
    (note) => note.topic,
  );
  return [
    `Hip-thrust technique (T: ${ruleSource("T")})`,
    "Key cues:",
    ...cues.map((cue) => `  - ${cue}`),
    "Mistakes and fixes:",
    ...mistakes.flatMap(mistakeLines),
    "Repeatable set-up and variations:",
    ...notes.map(noteLine),
  ];
}

export function exercisesReport(exercises: readonly Exercise[]): string {
  const lines: string[] = ["Exercise library", ""];
  for (const group of GROUPS) {
    const members = exercises.filter((exercise) => exercise.pattern === group.pattern);
    if (members.length === 0) continue;
    lines.push(group.title, libraryTable(members), "");
  }
  const family = exercises.filter((exercise) => exercise.pattern === "hip-thrust");
  if (family.length > 0) lines.push(...familyTechnique(family), "");
  lines.push("Run `hipthrust exercises ID` for one exercise in full.");
  return `${lines.join("\n")}\n`;
}

function numbered(steps: readonly string[]): string[] {
  return steps.map((step, i) => `  ${i + 1}. ${step}`);
}

export function exerciseDetail(exercise: Exercise): string {
  const technique =
    exercise.techniqueSources.length > 0
      ? cite(exercise.techniqueSources)
      : "(general practice; the seeds do not describe this lift's technique)";
  const step = exercise.ladderStep === null ? "" : ` · ladder step ${exercise.ladderStep} (P7)`;
  const lines = [
    `${exercise.name} (${exercise.id})`,
    exercise.summary,
    `Pattern: ${exercise.pattern} · equipment: ${exercise.equipment.join(", ") || "none"} · level: ${exercise.level}` +
      ` · loading: ${exercise.loading}${exercise.unilateral ? " · one side at a time" : ""}${step}`,
    `Sources: ${exercise.sources.join(", ")}`,
    "",
    "Muscles:",
    ...exercise.muscles.map(
      (muscle) =>
        `  - ${muscle.muscle}: ${muscle.role} ${cite(muscle.sources)}${muscle.note ? ` ${muscle.note}` : ""}`,
    ),
    "",
    `Set-up ${technique}:`,
    ...numbered(exercise.setup),
    "Execution:",
    ...numbered(exercise.execution),
    "Cues:",
    ...exercise.cues.map((cue) => `  - ${cue}`),
    "",
    "Mistakes and fixes:",
    ...exercise.mistakes.flatMap(mistakeLines),
  ];
  if (exercise.notes.length > 0) lines.push("", "Notes:", ...exercise.notes.map(noteLine));
  return `${lines.join("\n")}\n`;
}
