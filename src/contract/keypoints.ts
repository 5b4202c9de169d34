import { z } from "zod";

/** Keypoints per frame of each pose format CONTRACT accepts. */
export const KEYPOINT_COUNTS = { coco17: 17, blazepose33: 33 } as const;
export type KeypointFormat = keyof typeof KEYPOINT_COUNTS;

/** Beyond this many problems of one kind the message would only repeat itself. */
const MAX_REPORTED = 3;

const coordinate = (what: string) => z.number({ error: `${what} must be a number (pixels)` });

const keypointSchema = z.tuple(
  [
    coordinate("x"),
    coordinate("y"),
    z
      .number({ error: "score must be a number from 0 to 1" })
      .min(0, "score must be from 0 to 1")
      .max(1, "score must be from 0 to 1"),
  ],
  { error: "must be [x, y, score]" },
);

const frameSchema = z.object({
  t: z.number({ error: "t must be a number of seconds" }).min(0, "t must not be negative"),
  keypoints: z.array(keypointSchema),
});

export const keypointsFileSchema = z
  .object({
    fps: z
      .number({ error: "fps must be a number" })
      .positive("fps must be above 0")
      .max(1000, "fps must be at most 1000"),
    width: z.number({ error: "width must be a number of pixels" }).positive("width must be above 0"),
    height: z.number({ error: "height must be a number of pixels" }).positive("height must be above 0"),
    format: z.enum(["coco17", "blazepose33"], { error: 'format must be "coco17" or "blazepose33"' }),
    frames: z.array(frameSchema).min(1, "must hold at least one frame"),
  })
  .superRefine((file, ctx) => {
    const expected = KEYPOINT_COUNTS[file.format];
    let wrongCounts = 0;
    let outOfOrder = 0;
    file.frames.forEach((frame, i) => {
      if (frame.keypoints.length !== expected && wrongCounts++ < MAX_REPORTED) {
        ctx.addIssue({
          code: "custom",
          path: ["frames", i, "keypoints"],
          message: `must hold ${expected} keypoints for ${file.format}, found ${frame.keypoints.length}`,
        });
      }
      const previous = file.frames[i - 1];
      if (previous && frame.t <= previous.t && outOfOrder++ < MAX_REPORTED) {
        ctx.addIssue({
          code: "custom",
          path: ["frames", i, "t"],
          message: `must be later than the previous frame's t (${previous.t})`,
        });
      }
    });
  });

export type KeypointsFile = z.infer<typeof keypointsFileSchema>;
export type Keypoint = KeypointsFile["frames"][number]["keypoints"][number];
