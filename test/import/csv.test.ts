import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/contract/errors.js";
import { detectDelimiter, readCsv, writeCsv } from "../../src/import/csv.js";

const fieldsOf = (text: string) => readCsv(text, "t.csv").records.map((r) => r.fields);

describe("readCsv", () => {
  it("reads quoted fields with delimiters, escaped quotes and line breaks", () => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\nplain,,end\n';
    expect(fieldsOf(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
      ["plain", "", "end"],
    ]);
  });

  it("gives each record the line it starts on, counting line breaks inside quotes", () => {
    const text = 'h1,h2\n"a\r\nb",1\r\n"c\rd",2\r\ne,3';
    expect(readCsv(text, "t.csv").records.map((r) => r.line)).toEqual([1, 2, 4, 6]);
  });

  it("handles CRLF, a byte-order mark, blank lines and a missing final newline", () => {
    expect(fieldsOf('\uFEFF"Date",Reps\r\n\r\n2024-01-01,5\r\n\r\n2024-01-02,6')).toEqual([
      ["Date", "Reps"],
      ["2024-01-01", "5"],
      ["2024-01-02", "6"],
    ]);
  });

  it("detects semicolons from the header, ignoring those inside quotes", () => {
    expect(detectDelimiter("Date;Workout Name;Reps\n1,2,3,4")).toBe(";");
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
    expect(fieldsOf('Date;Notes\n2024-01-01;"one; two, three"\n')).toEqual([
      ["Date", "Notes"],
      ["2024-01-01", "one; two, three"],
    ]);
  });

  it("keeps a quote inside an unquoted field as text", () => {
    expect(fieldsOf("a,b\n5'10\",x\n")).toEqual([
      ["a", "b"],
      ["5'10\"", "x"],
    ]);
  });

  it("rejects an unclosed quote and text after a closing quote, with the line", () => {
    expect(() => readCsv('a,b\n1,2\n"open,3\n4,5\n', "t.csv")).toThrow(
      "t.csv: line 3: a quoted field is never closed",
    );
    expect(() => readCsv('a,b\n"x"y,2\n', "t.csv")).toThrow(InputError);
    expect(() => readCsv('a,b\n"x"y,2\n', "t.csv")).toThrow(
      "t.csv: line 2: unexpected text after a closing quote",
    );
  });
});

describe("writeCsv", () => {
  it("quotes only what needs quoting", () => {
    expect(writeCsv([["a", "b, c", 'd"e', "f\ng", "h;i"]])).toBe('a,"b, c","d""e","f\ng","h;i"\n');
  });

  it("round-trips any table of two or more columns through readCsv", () => {
    const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
      fc.array(
        fc.array(fc.string({ unit: "binary", maxLength: 12 }), { minLength: width, maxLength: width }),
        {
          minLength: 1,
          maxLength: 8,
        },
      ),
    );
    fc.assert(
      fc.property(table, (rows) => {
        expect(fieldsOf(writeCsv(rows))).toEqual(rows);
      }),
    );
  });
});
