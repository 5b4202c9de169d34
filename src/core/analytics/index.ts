// The numbers the API and the charts show, computed from the log alone.

export { type E1rmPoint, e1rmSeries } from "./e1rm-series.js";
export { type MuscleWeek, type WeekWindow, weeklyHardSetsPerMuscle } from "./muscle-volume.js";
export { type PersonalRecords, personalRecords, type RecordSet } from "./personal-records.js";
export { isHardSet, type VolumeTrend, volumeTrend } from "./volume.js";
