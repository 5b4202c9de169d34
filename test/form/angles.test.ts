import { describe, expect, it } from "vitest";
import { interiorAngle, lineTilt, signedHipAngle } from "../../src/form/angles.js";

// Image coordinates: y grows downwards. The lifter lies face up, shoulders on one side, knees on the other.
describe("signed hip angle (CONTRACT: 180 at a straight line, above 180 past it)", () => {
  const shoulder = { x: 100, y: 300 };
  const knee = { x: 500, y: 300 };

  it("is 180 when shoulder, hip and knee are in line", () => {
    expect(signedHipAngle(shoulder.x, shoulder.y, 300, 300, knee.x, knee.y, 1)).toBeCloseTo(180, 6);
  });

  it("tells a hyperextension (hips above the line) from a short lockout (below) with the feet to the right", () => {
    const arched = signedHipAngle(shoulder.x, shoulder.y, 300, 300 - 35, knee.x, knee.y, 1);
    const short = signedHipAngle(shoulder.x, shoulder.y, 300, 300 + 35, knee.x, knee.y, 1);
    expect(arched).toBeGreaterThan(195);
    expect(short).toBeLessThan(165);
    // The unsigned angle is the same for both: only the sign of the side tells them apart.
    expect(360 - arched).toBeCloseTo(short, 6);
  });

  it("does the same when the lifter faces the other way (feet to the left)", () => {
    const arched = signedHipAngle(500, 300, 300, 300 - 35, 100, 300, -1);
    const short = signedHipAngle(500, 300, 300, 300 + 35, 100, 300, -1);
    expect(arched).toBeGreaterThan(195);
    expect(short).toBeLessThan(165);
  });

  it("keeps the sign when the camera is rolled a few degrees", () => {
    const roll = (6 * Math.PI) / 180;
    const turn = (x: number, y: number) =>
      [x * Math.cos(roll) - y * Math.sin(roll), x * Math.sin(roll) + y * Math.cos(roll)] as const;
    const [sx, sy] = turn(100, 300);
    const [hx, hy] = turn(300, 270);
    const [kx, ky] = turn(500, 300);
    expect(signedHipAngle(sx, sy, hx, hy, kx, ky, 1)).toBeGreaterThan(180);
  });

  it("is unknown (NaN) when a joint is unseen", () => {
    expect(signedHipAngle(Number.NaN, 300, 300, 300, 500, 300, 1)).toBeNaN();
  });
});

describe("knee angle and body-line tilt", () => {
  it("reads 90 for an upright shin under a level thigh", () => {
    expect(interiorAngle(200, 300, 400, 300, 400, 500)).toBeCloseTo(90, 6);
  });

  it("reads the tilt of the shoulder–knee line from the horizontal", () => {
    expect(lineTilt(0, 0, 100, 0)).toBeCloseTo(0, 6);
    expect(lineTilt(0, 0, 0, 100)).toBeCloseTo(90, 6);
  });
});
