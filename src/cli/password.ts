import { readFileSync } from "node:fs";
import { passwordProblem } from "../auth/passwords.js";
import { type Args, boolFlag } from "./args.js";
import { InputError } from "./errors.js";

/** Reads a line from the terminal without showing it; Ctrl-C or Ctrl-D on an empty line cancels. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let text = "";
    const finish = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(text);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return finish();
        if (ch === "\u0003" || (ch === "\u0004" && text === "")) {
          return finish(new InputError("cancelled; nothing was changed"));
        }
        if (ch === "\u007f" || ch === "\b") text = [...text].slice(0, -1).join("");
        else if (ch >= " ") text += ch;
      }
    };
    process.stderr.write(prompt);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

function checked(password: string): string {
  const problem = passwordProblem(password);
  if (problem) throw new InputError(`the password ${problem}; nothing was changed`);
  return password;
}

/**
 * Where the new password comes from, settled before anything is stored: all of standard input with
 * `--password-stdin` (read and checked now; one final newline dropped), else the terminal, asked
 * twice when the returned function is called. Without a terminal it fails at once, never waits.
 */
export function newPasswordSource(args: Args): (name: string) => Promise<string> {
  if (boolFlag(args, "password-stdin")) {
    const password = checked(readFileSync(0, "utf8").replace(/\r?\n$/, ""));
    return async () => password;
  }
  if (!process.stdin.isTTY) {
    throw new InputError(
      "no terminal to ask for the password on; pipe it in with --password-stdin, " +
        `e.g. \`printf '%s' "$PASSWORD" | hipthrust user ... --password-stdin\``,
    );
  }
  return async (name) => {
    const password = await promptHidden(`New password for ${name}: `);
    const again = await promptHidden("Repeat it: ");
    if (again !== password) throw new InputError("the two passwords differ; nothing was changed");
    return checked(password);
  };
}
