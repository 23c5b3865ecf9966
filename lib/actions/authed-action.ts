// The one way to write a server action that changes data. For every call it:
//   1. loads the signed-in user (no session: redirect to the sign-in page);
//   2. checks the action's permission against the role table (a user who must change their
//      password may do nothing else);
//   3. parses the input with the action's Zod schema (safeParse; issue codes worded in the reader's
//      language: lib/i18n/word-issue.ts);
//   4. in ONE database transaction: checks that the unit the input names is in the user's scope
//      (when the action declares how to find it), runs the action (handing it that unit), and
//      appends its audit entry
//      (or entries: one per report it changed, e.g. locking a month; an import adds one for the file);
//   5. revalidates the pages the action declares, and returns { ok, fieldErrors, message } (or,
//      when the action names a page to open next, redirects there).
// An action may answer without changing anything (a preview: `audit: null`); its transaction is
// then rolled back, so nothing it did is kept, and no audit entry is written.
// A refusal at any step writes nothing to the data. A refusal by permission or scope (the
// wrapper's own, or an AccessRefusal thrown by the action) is then recorded in the security log
// (lib/security/record-security-event.ts), after the action's transaction has been rolled back:
// `security_event` is the one table a refused call writes. Unexpected errors are logged on the
// server and answered with a generic message. Sign-in and sign-out (lib/actions/auth.ts) are the
// only actions outside it: sign-in has no session yet; both audit themselves.
//
// `runAuthedAction` is the logic, with its environment (user, request, cache) passed in so that
// tests can run it outside Next.js; `authedAction` binds it to the Next.js request.
import "server-only";

import type { Prisma, PrismaClient } from "@prisma/client";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { writeAuditEntries, type AuditRecord, type RequestOrigin } from "@/lib/audit/write-audit-entry";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signInHref } from "@/lib/auth/redirect-target";
import { requestOriginFrom } from "@/lib/auth/request-origin";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Messages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/server";
import { wordedFieldErrors } from "@/lib/i18n/word-issue";
import type { Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import type { Permission } from "@/lib/permissions/roles";
import { canChangeUnitData, canManageUnit } from "@/lib/permissions/scope";
import { attemptedIds } from "@/lib/security/attempted-ids";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import type { RefusalReason } from "@/lib/security/refusal-reasons";

import type { ActionName } from "./action-names";
import { echoValues, type ActionResult, type EditConflict, type FieldErrors } from "./action-result";

export type ActionUser = Pick<
  SessionUser,
  "id" | "username" | "role" | "scopeUnitId" | "mustChangePassword" | "sessionId"
>;

/**
 * The unit an input is about: with a `month`, the user must be allowed to change its data for that
 * month (canChangeUnitData); for data not tied to a month (users), to manage it in the unit's own
 * reference month (canManageUnit). Rules in lib/permissions/scope.ts.
 */
export type ScopeTarget = { unitId: number; month?: Month };

export type ActionContext = {
  user: ActionUser;
  tx: Prisma.TransactionClient;
  t: Messages;
  /** The unit the input is about, found by the spec's `scope` and checked to be in the user's scope. */
  target?: ScopeTarget;
};

/**
 * What an action did: its audit entry (or one per record it changed), and what to tell the form:
 * a message, the version now stored (optimistic concurrency), or the page to open next.
 */
export type ActionOutcome<Data = undefined> = {
  /** null for an answer that changes nothing (rolled back). */
  audit: AuditRecord | AuditRecord[] | null;
  message?: string;
  version?: number;
  redirectTo?: string;
  /** What the action answers besides the message, e.g. the preview of an import. */
  data?: Data;
};

export type ActionSpec<Input, Data = undefined> = {
  /** What the security log calls the action when it is refused. */
  name: ActionName;
  schema: z.ZodType<Input>;
  permission: Permission;
  /** Finds the unit the input is about; null when the thing named does not exist (refused). */
  scope?: (input: Input, client: DbClient) => Promise<ScopeTarget | null>;
  run: (input: Input, context: ActionContext) => Promise<ActionOutcome<Data>>;
  revalidate?: string[];
  /** Transaction limits for long writes (Prisma's default timeout is 5 s). */
  transaction?: { maxWait?: number; timeout?: number };
};

/** A refusal decided by an action's own rules (taken username, role not allowed…): rolled back. */
export class ActionRefusal<Data = undefined> extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly conflict?: EditConflict,
    readonly data?: Data,
  ) {
    super(message);
  }
}

/**
 * A refusal by permission or scope decided inside an action (who may review at this level, a unit
 * outside the plan…): answered like the wrapper's own ("not found, or not allowed") and recorded in
 * the security log.
 */
export class AccessRefusal extends ActionRefusal {
  constructor(
    t: Messages,
    readonly reason: RefusalReason,
    readonly unitId: number | null = null,
  ) {
    super(t.actions.refused);
  }
}

/**
 * An action's transaction waits up to 10 s for a connection (Prisma's default is 2 s): when the
 * communes of a province all submit at once, the pool's connections are busy and a submit must queue,
 * not fail. It may then run for up to 15 s. Imports set their own, longer limits.
 */
const ACTION_TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

/** Carries a no-change answer out of its transaction, which rolls the transaction back. */
class NoChange<Data> extends Error {
  constructor(readonly outcome: ActionOutcome<Data>) {
    super("no change");
  }
}

export type ActionEnvironment = {
  db: PrismaClient;
  currentUser(): Promise<ActionUser | null>;
  origin(): Promise<RequestOrigin>;
  messages(): Promise<Messages>;
  revalidatePath(path: string): void;
  /** Without a session: the Next.js environment redirects to the sign-in page. */
  unauthenticated(): never;
};

export function defineAction<Input, Data = undefined>(
  name: ActionName,
  schema: z.ZodType<Input>,
  permission: Permission,
  run: ActionSpec<Input, Data>["run"],
  options: Pick<ActionSpec<Input, Data>, "scope" | "revalidate" | "transaction"> = {},
): ActionSpec<Input, Data> {
  return { name, schema, permission, run, ...options };
}

/** FormData as a plain object: one value per name (or an array when repeated), Next's own fields left out. Files stay File objects. */
function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION")) continue;
    const all = formData.getAll(name);
    values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

/** Logs a refusal by permission or scope and records it in the security log; never fails the answer. */
async function recordRefusal(
  env: ActionEnvironment,
  refusal: { name: ActionName; user: ActionUser; input: FormData | Record<string, unknown>; origin: RequestOrigin },
  reason: RefusalReason,
  unitId: number | null,
): Promise<void> {
  const { name, user, input, origin } = refusal;
  console.warn(`[action] refused ${name} (${reason}) for user ${user.id}`);
  try {
    await recordSecurityEvent(
      env.db,
      { user, action: name, reason, unitId, target: attemptedIds(input), origin },
      new Date(),
    );
  } catch (error) {
    console.error(`[action] could not record the refusal of ${name} for user ${user.id}`, error);
  }
}

/** The target, when it exists and the user may change it; otherwise refuses by throwing an AccessRefusal. */
async function checkScope(
  user: ActionUser,
  target: ScopeTarget | null,
  client: DbClient,
  t: Messages,
): Promise<ScopeTarget> {
  if (!target) throw new AccessRefusal(t, "not_found");
  const allowed = target.month
    ? await canChangeUnitData(user, target.unitId, target.month, client)
    : await canManageUnit(user, target.unitId, client);
  if (!allowed) throw new AccessRefusal(t, "out_of_scope", target.unitId);
  return target;
}

export async function runAuthedAction<Input, Data = undefined>(
  spec: ActionSpec<Input, Data>,
  input: FormData | Record<string, unknown>,
  env: ActionEnvironment,
): Promise<ActionResult<Data>> {
  const user = await env.currentUser();
  if (!user) env.unauthenticated();
  const t = await env.messages();
  const origin = await env.origin();
  const refusal = { name: spec.name, user, input, origin };
  const permitted = can(user, spec.permission);
  if (!permitted || (user.mustChangePassword && spec.permission !== "account:update-own")) {
    await recordRefusal(env, refusal, permitted ? "password_change_required" : "permission", null);
    return { ok: false, fieldErrors: {}, message: t.actions.refused };
  }
  const parsed = spec.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: wordedFieldErrors(parsed.error, t),
      message: t.actions.invalidInput,
      values: echoValues(input),
    };
  }
  try {
    const outcome = await env.db.$transaction(async (tx) => {
      const target = spec.scope ? await checkScope(user, await spec.scope(parsed.data, tx), tx, t) : undefined;
      const result = await spec.run(parsed.data, { user, tx, t, target });
      if (result.audit === null) throw new NoChange(result);
      await writeAuditEntries(tx, { userId: user.id, username: user.username }, origin, [result.audit].flat());
      return result;
    }, spec.transaction ?? ACTION_TRANSACTION);
    for (const path of spec.revalidate ?? []) env.revalidatePath(path);
    return {
      ok: true,
      fieldErrors: {},
      message: outcome.message ?? t.actions.saved,
      ...(outcome.version === undefined ? {} : { version: outcome.version }),
      ...(outcome.redirectTo ? { redirectTo: outcome.redirectTo } : {}),
      ...(outcome.data === undefined ? {} : { data: outcome.data }),
    };
  } catch (error) {
    if (error instanceof NoChange) {
      const { message, data } = error.outcome as ActionOutcome<Data>;
      return { ok: true, fieldErrors: {}, message: message ?? null, data };
    }
    if (error instanceof AccessRefusal) await recordRefusal(env, refusal, error.reason, error.unitId);
    if (error instanceof ActionRefusal) {
      const answer: ActionResult<Data> = {
        ok: false,
        fieldErrors: error.fieldErrors,
        message: error.message,
        values: echoValues(input),
        ...(error.data === undefined ? {} : { data: error.data as Data }),
      };
      return error.conflict ? { ...answer, conflict: error.conflict } : answer;
    }
    console.error(`[action] ${spec.name} failed for user ${user.id}`, error);
    return { ok: false, fieldErrors: {}, message: t.actions.failed };
  }
}

const nextEnvironment: ActionEnvironment = {
  db,
  currentUser: getCurrentUser,
  origin: async () => requestOriginFrom(await headers()),
  messages: async () => (await getI18n()).t,
  revalidatePath: (path) => revalidatePath(path),
  unauthenticated: () => redirect(signInHref(null)),
};

/**
 * The brand of every function authedAction builds: a non-enumerable property holding the action's
 * spec. tests/integration/server-actions-wrapped.test.ts checks that every export of a "use server"
 * module carries it (sign-in and sign-out excepted), and the security matrix runs each action's
 * spec through it.
 */
export const AUTHED_ACTION = Symbol("authedAction");

/** The server action for a form: `useActionState(authedAction(spec), INITIAL_ACTION_RESULT)`. */
export function authedAction<Input, Data = undefined>(spec: ActionSpec<Input, Data>) {
  const action = async (_previous: ActionResult<Data>, formData: FormData): Promise<ActionResult<Data>> => {
    const result = await runAuthedAction(spec, formData, nextEnvironment);
    if (result.redirectTo) redirect(result.redirectTo);
    return result;
  };
  return Object.defineProperty(action, AUTHED_ACTION, { value: spec });
}
