import * as z from "zod";
import { teamIdSchema } from "./ids";

/** What a key may do; the one list of roles (the store keeps them, the add-in shows them). */
export const ROLES = ["org-admin", "org-reader", "team-editor", "team-reader"] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z
  .enum(ROLES)
  .describe(
    "org-admin: everything in the org, including keys. org-reader: read every team. team-editor: read and push its teams. team-reader: read its teams.",
  );

/** A name is shown in lists and logs: C0 and C1 controls and DEL (Unicode `Cc`) are refused. */
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f-\u009f]*$/;

export const createKeyRequestSchema = z
  .strictObject({
    // Checked before trimming, so a trailing newline is refused rather than silently cut.
    name: z
      .string()
      .regex(NO_CONTROL_CHARACTERS, "no control characters (newline, tab, DEL, …)")
      .trim()
      .min(1, "give the key a name")
      .max(100, "at most 100 characters"),
    role: roleSchema,
    teams: z
      .array(teamIdSchema)
      .max(50, "at most 50 teams")
      .default([])
      .describe("Teams a team-editor or team-reader key may use; must be empty for org roles."),
  })
  .superRefine((value, ctx) => {
    const teamRole = value.role === "team-editor" || value.role === "team-reader";
    if (teamRole && value.teams.length === 0) {
      ctx.addIssue({ code: "custom", path: ["teams"], message: `a ${value.role} key needs at least one team` });
    }
    if (!teamRole && value.teams.length > 0) {
      ctx.addIssue({ code: "custom", path: ["teams"], message: `an ${value.role} key covers every team; leave teams empty` });
    }
    if (new Set(value.teams).size !== value.teams.length) {
      ctx.addIssue({ code: "custom", path: ["teams"], message: "teams must not repeat" });
    }
  });

export const keySummarySchema = z.object({
  id: z.string(),
  prefix: z.string().describe("How the key starts, to tell keys apart; the key itself is never shown again."),
  name: z.string(),
  role: roleSchema,
  teams: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string().describe('Id of the key that created it, or "bootstrap".'),
  revokedAt: z.string().nullable(),
}).meta({ id: "KeySummary" });

export const createdKeySchema = keySummarySchema.extend({
  key: z.string().describe("The secret bearer key. Shown once, in this response only; only its hash is stored."),
}).meta({ id: "CreatedKey" });

export type KeySummary = z.infer<typeof keySummarySchema>;
export type CreatedKey = z.infer<typeof createdKeySchema>;

export const keyListSchema = z.object({
  items: z.array(keySummarySchema).describe("Newest first."),
  nextCursor: z.string().nullable(),
}).meta({ id: "KeyList" });
export type KeyList = z.infer<typeof keyListSchema>;
