// Issue 12, "Real exports": dates with month names in the languages Strong and Hevy ship.
import { describe, expect, it } from "vitest";
import { CellError } from "../../src/import/errors.js";
import { dateTimeIn } from "../../src/import/fields.js";
import { MONTH_NAMES, monthOf } from "../../src/import/months.js";

describe("dates with month names in the languages Strong and Hevy ship", () => {
  it.each([
    ["en", "21 Feb 2025, 07:17"],
    ["en (US, AM/PM)", "Feb 21, 2025, 7:17 AM"],
    ["de", "21. Feb. 2025, 07:17"],
    ["fr", "21 févr. 2025, 07:17"],
    ["es", "21 de febrero de 2025, 7:17"],
    ["it", "21 feb 2025, 07:17"],
    ["pt", "21 de fev. de 2025 07:17"],
    ["nl", "21 feb. 2025 07:17"],
    ["ru", "21 февр. 2025 г., 07:17"],
    ["pl", "21 lut 2025, 07:17"],
    ["sv", "21 feb. 2025 07:17"],
    ["da", "21. feb. 2025 07.17"],
    ["nb", "21. feb. 2025, 07:17"],
    ["fi", "21. helmikuuta 2025 klo 7.17"],
    ["tr", "21 Şub 2025 07:17"],
    ["ja", "2025年2月21日 7:17"],
    ["ko", "2025년 2월 21일 오전 7:17"],
    ["zh", "2025年2月21日 上午7:17"],
    ["numeric, day first", "21.02.2025 07:17"],
    ["year first with slashes", "2025/2/21 7:17"],
  ])("%s: %s", (_language, text) => {
    expect(dateTimeIn(text, "Date")).toBe("2025-02-21T07:17:00");
  });

  it("reads the afternoon in the languages that write it before the time", () => {
    expect(dateTimeIn("2025년 2월 21일 오후 7:17", "Date")).toBe("2025-02-21T19:17:00");
    expect(dateTimeIn("2025年2月21日 午後7:17", "Date")).toBe("2025-02-21T19:17:00");
    expect(dateTimeIn("Feb 21, 2025, 12:05 AM", "Date")).toBe("2025-02-21T00:05:00");
  });

  it("every language names all twelve months, and no word names two different months", () => {
    for (const months of Object.values(MONTH_NAMES)) expect(months).toHaveLength(12);
    expect(monthOf("marraskuuta")).toBe(11);
    expect(monthOf("mar")).toBe(3);
    expect(monthOf("MAYIS")).toBe(5);
  });

  it("a month name it cannot read is named in the error, with the languages it knows", () => {
    expect(() => dateTimeIn("21 Φεβ 2025, 07:17", "start_time")).toThrow(CellError);
    expect(() => dateTimeIn("21 Φεβ 2025, 07:17", "start_time")).toThrow(
      /"φεβ" is not a month name in en, de, fr, es, it, pt, nl, sv, da, nb, fi, pl, ru, tr/,
    );
  });
});
