import { hashPassword } from "../../auth/passwords.js";
import { newOpaqueToken, sha256 } from "../../auth/tokens.js";
import { createApiToken, deleteApiToken, listApiTokens } from "../../storage/api-tokens.js";
import { deleteUserAuthSessions } from "../../storage/auth-sessions.js";
import type { Store } from "../../storage/store.js";
import { inTransaction } from "../../storage/tx.js";
import {
  countUsers,
  createUser,
  deleteUser,
  findUserByName,
  listUsers,
  ROLES,
  type Role,
  setCoachAthletes,
  type UserRow,
  updateUser,
  usernameProblem,
  viewUser,
} from "../../storage/users.js";
import { asInputError, auditCli, requireUser } from "../accounts.js";
import { type Args, allowOnly, boolFlag, noMorePositionals, parseArgs, stringFlag } from "../args.js";
import { InputError } from "../errors.js";
import type { Command, Io } from "../io.js";
import { newPasswordSource } from "../password.js";
import { table } from "../report/table.js";
import { requireStoredAthlete, withExistingStore, withStore } from "../store.js";

const USAGE = [
  "usage: hipthrust user add NAME [--owner | --role owner|coach|athlete] [--athlete A] [--password-stdin]",
  "       hipthrust user list [--json]",
  "       hipthrust user passwd NAME [--password-stdin]",
  "       hipthrust user remove NAME",
  "       hipthrust user assign COACH ATHLETE...    (unassign COACH ATHLETE... takes them away)",
  "       hipthrust user token NAME [--label L] [--json]    |    user token NAME --revoke ID",
  "       hipthrust user tokens NAME [--json]",
  "  (all take --data DIR; DATABASE_URL picks PostgreSQL)",
  "",
  "  add      a user who signs in to the web app and API; the first one is the owner. --athlete links",
  "           the user to the athlete they are (athletes see only themselves). The password is asked",
  "           on the terminal, or read whole from standard input with --password-stdin",
  "  list     users, their roles and the athletes each may see",
  "  passwd   set a new password; signs the user out everywhere",
  "  remove   remove a user with their sign-ins and tokens (never the last owner)",
  "  assign   let a coach see and edit these athletes",
  "  token    a new API token (Authorization: Bearer ...), printed this once only; --revoke ID ends one",
  "  tokens   a user's tokens: id, label, created, last used",
].join("\n");

const MAX_LABEL = 100;

function nameArg(args: Args, at: number, what: string): string {
  const name = args.positionals[at];
  if (name === undefined) throw new InputError(`${what} is missing\n${USAGE}`);
  const problem = usernameProblem(name);
  if (problem) throw new InputError(`user name "${name}" ${problem}`);
  return name;
}

function roleOf(args: Args, first: boolean): Role {
  const given = stringFlag(args, "role");
  if (given !== undefined && !ROLES.includes(given as Role)) {
    throw new InputError(`option --role: expected owner, coach or athlete, got "${given}"`);
  }
  if (boolFlag(args, "owner") && given !== undefined && given !== "owner") {
    throw new InputError(`--owner and --role ${given} disagree; give one`);
  }
  const role = boolFlag(args, "owner") ? "owner" : (given as Role | undefined);
  if (first && role !== undefined && role !== "owner") {
    throw new InputError("the first user must be the owner, who manages the others; add it with --owner");
  }
  if (role === undefined && !first)
    throw new InputError("give the new user a role: --role coach|athlete, or --owner");
  return role ?? "owner";
}

/** The athletes named, all stored, or an exit-2 error naming the first that is not. */
async function athleteIds(store: Store, names: string[]): Promise<{ id: number; name: string }[]> {
  const out = [];
  for (const name of names) out.push(await requireStoredAthlete(store, name));
  return out;
}

/** The user list, and a missing store reads as no users (without creating one). */
function withUsers<T>(args: Args, io: Io, work: (store: Store) => Promise<T>): Promise<T> {
  return withExistingStore(args, io, work, (where) => {
    throw new InputError(
      `no store at ${where} yet; add the owner first with \`hipthrust user add NAME --owner\``,
    );
  });
}

async function add(args: Args, io: Io): Promise<number> {
  allowOnly(args, ["owner", "role", "athlete", "password-stdin", "data"]);
  const name = nameArg(args, 1, "the new user's NAME");
  noMorePositionals(args, 2, "user add");
  const athleteName = stringFlag(args, "athlete");
  const password = newPasswordSource(args);
  const open = athleteName === undefined ? withStore : withUsers;
  const created = await open(args, io, async (store) => {
    const role = roleOf(args, (await countUsers(store.db)) === 0);
    const athlete = athleteName === undefined ? null : await requireStoredAthlete(store, athleteName);
    await requireFreeName(store, name);
    const passwordHash = await hashPassword(await password(name));
    const user = await asInputError(() =>
      inTransaction(store.db, async (trx) => {
        const user = await createUser(trx, {
          name,
          passwordHash,
          role,
          athleteId: athlete?.id ?? null,
          now: io.now().toISOString(),
        });
        await auditCli(
          trx,
          io,
          "user-added",
          name,
          `role ${role}${athlete ? `, athlete ${athlete.name}` : ""}`,
        );
        return user;
      }),
    );
    return { user, where: store.where, athlete: athlete?.name };
  });
  const linked = created.athlete ? `, linked to athlete ${created.athlete}` : "";
  io.stdout(`Added ${created.user.role} ${created.user.name}${linked} (${created.where}).\n`);
  return 0;
}

async function requireFreeName(store: Store, name: string): Promise<void> {
  const taken = await findUserByName(store.db, name);
  if (taken)
    throw new InputError(
      `a user named "${taken.name}" already exists; names are matched without regard to case`,
    );
}

async function list(args: Args, io: Io): Promise<number> {
  allowOnly(args, ["json", "data"]);
  noMorePositionals(args, 1, "user list");
  const users = await withExistingStore(
    args,
    io,
    (store) => listUsers(store.db),
    () => [],
  );
  if (boolFlag(args, "json")) {
    const shown = users.map((u) => ({
      username: u.name,
      role: u.role,
      athlete: u.athlete,
      athletes: u.athletes,
      createdAt: u.createdAt,
    }));
    io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
  } else if (users.length === 0) {
    io.stdout("No users yet. Add the owner with `hipthrust user add NAME --owner`.\n");
  } else {
    const rows = users.map((u) => [
      u.name,
      u.role,
      u.athlete ?? "-",
      u.role === "owner" ? "all athletes" : u.athletes.join(", ") || "-",
      u.createdAt.slice(0, 10),
    ]);
    io.stdout(`${table(["NAME", "ROLE", "ATHLETE", "SEES", "ADDED"], rows)}\n`);
  }
  return 0;
}

async function passwd(args: Args, io: Io): Promise<number> {
  allowOnly(args, ["password-stdin", "data"]);
  const name = nameArg(args, 1, "the user's NAME");
  noMorePositionals(args, 2, "user passwd");
  const password = newPasswordSource(args);
  const user = await withUsers(args, io, async (store) => {
    const user = await requireUser(store, name);
    const passwordHash = await hashPassword(await password(user.name));
    await asInputError(() =>
      inTransaction(store.db, async (trx) => {
        await updateUser(trx, user.id, { passwordHash });
        await deleteUserAuthSessions(trx, user.id);
        await auditCli(trx, io, "password-changed", user.name);
      }),
    );
    return user;
  });
  io.stdout(`Changed the password of ${user.name}; they are signed out everywhere.\n`);
  return 0;
}

async function remove(args: Args, io: Io): Promise<number> {
  allowOnly(args, ["data"]);
  const name = nameArg(args, 1, "the user's NAME");
  noMorePositionals(args, 2, "user remove");
  const user = await withUsers(args, io, async (store) => {
    const user = await requireUser(store, name);
    await asInputError(() =>
      inTransaction(store.db, async (trx) => {
        await deleteUser(trx, user.id);
        await auditCli(trx, io, "user-removed", user.name, `role ${user.role}`);
      }),
    );
    return user;
  });
  io.stdout(`Removed ${user.role} ${user.name}, their sign-ins and tokens. Their athlete's data stays.\n`);
  return 0;
}

async function assign(args: Args, io: Io, adding: boolean): Promise<number> {
  allowOnly(args, ["data"]);
  const name = nameArg(args, 1, "the COACH");
  const names = args.positionals.slice(2);
  if (names.length === 0) throw new InputError(`name at least one ATHLETE\n${USAGE}`);
  const view = await withUsers(args, io, async (store) => {
    const coach = await requireUser(store, name);
    if (coach.role !== "coach") {
      throw new InputError(
        `${coach.name} is ${coach.role === "owner" ? "an owner" : "an athlete"}, not a coach; only coaches are assigned athletes`,
      );
    }
    const given = await athleteIds(store, names);
    const current = (await viewUser(store.db, coach)).athletes;
    const kept = (await athleteIds(store, current)).filter((a) => a.id !== coach.athleteId);
    const ids = adding
      ? [...kept.map((a) => a.id), ...given.map((a) => a.id)]
      : kept.filter((a) => !given.some((g) => g.id === a.id)).map((a) => a.id);
    await asInputError(() =>
      inTransaction(store.db, async (trx) => {
        await setCoachAthletes(trx, coach.id, ids);
        const after = await viewUser(trx, coach);
        await auditCli(
          trx,
          io,
          "coach-assigned",
          coach.name,
          `athletes: ${after.athletes.join(", ") || "none"}`,
        );
      }),
    );
    return viewUser(store.db, coach);
  });
  io.stdout(`${view.name} now coaches: ${view.athletes.join(", ") || "nobody"}.\n`);
  return 0;
}

async function token(args: Args, io: Io): Promise<number> {
  allowOnly(args, ["label", "revoke", "json", "data"]);
  const name = nameArg(args, 1, "the user's NAME");
  noMorePositionals(args, 2, "user token");
  const revoke = stringFlag(args, "revoke");
  if (revoke !== undefined) {
    if (args.flags.has("label")) throw new InputError("--revoke and --label do not go together");
    if (!/^[1-9]\d{0,9}$/.test(revoke))
      throw new InputError(
        `option --revoke: expected a token id (see \`hipthrust user tokens ${name}\`), got "${revoke}"`,
      );
    const user = await withUsers(args, io, async (store) => {
      const user = await requireUser(store, name);
      await inTransaction(store.db, async (trx) => {
        if (!(await deleteApiToken(trx, user.id, Number(revoke)))) {
          throw new InputError(
            `${user.name} has no token ${revoke}; see \`hipthrust user tokens ${user.name}\``,
          );
        }
        await auditCli(trx, io, "token-revoked", user.name, `token ${revoke}`);
      });
      return user;
    });
    io.stdout(`Revoked token ${revoke} of ${user.name}.\n`);
    return 0;
  }
  const label = (stringFlag(args, "label") ?? "cli").trim();
  if (label.length === 0 || label.length > MAX_LABEL)
    throw new InputError(`option --label: 1 to ${MAX_LABEL} characters`);
  const secret = newOpaqueToken("ht_");
  const { user, id } = await withUsers(args, io, async (store) => {
    const user = await requireUser(store, name);
    const { id } = await inTransaction(store.db, async (trx) => {
      const created = await createApiToken(trx, {
        userId: user.id,
        name: label,
        tokenHash: sha256(secret),
        now: io.now().toISOString(),
      });
      await auditCli(trx, io, "token-created", user.name, `token ${created.id} (${label})`);
      return created;
    });
    return { user, id };
  });
  if (boolFlag(args, "json")) {
    io.stdout(`${JSON.stringify({ id, name: label, token: secret }, null, 2)}\n`);
  } else {
    io.stdout(`${secret}\n`);
    io.stderr(
      `Token ${id} (${label}) for ${user.name}: shown this once only; send it as \`Authorization: Bearer TOKEN\`.\n`,
    );
  }
  return 0;
}

async function tokens(args: Args, io: Io): Promise<number> {
  allowOnly(args, ["json", "data"]);
  const name = nameArg(args, 1, "the user's NAME");
  noMorePositionals(args, 2, "user tokens");
  const { user, rows } = await withUsers(args, io, async (store) => {
    const user: UserRow = await requireUser(store, name);
    return { user, rows: await listApiTokens(store.db, user.id) };
  });
  if (boolFlag(args, "json")) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length === 0) io.stdout(`${user.name} has no API tokens.\n`);
  else {
    const cells = rows.map((t) => [
      t.id,
      t.name,
      t.createdAt.slice(0, 16).replace("T", " "),
      t.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "never",
    ]);
    io.stdout(`${table(["ID", "LABEL", "CREATED", "LAST USED"], cells)}\n`);
  }
  return 0;
}

export const command: Command = {
  summary: "manage the users who sign in: add, list, passwd, remove, assign, token",
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    switch (args.positionals[0]) {
      case "add":
        return add(args, io);
      case "list":
        return list(args, io);
      case "passwd":
        return passwd(args, io);
      case "remove":
        return remove(args, io);
      case "assign":
        return assign(args, io, true);
      case "unassign":
        return assign(args, io, false);
      case "token":
        return token(args, io);
      case "tokens":
        return tokens(args, io);
      default:
        throw new InputError(USAGE);
    }
  },
};
