/** How to film a set the analysis can read; every refusal ends with it. */
export const VIDEO_HELP =
  "How to film: one set per clip, camera side on to the bench at hip height, about 2–4 m away, landscape or portrait, with the whole body from head to feet in frame for the whole set.";
