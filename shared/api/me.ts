import * as z from "zod";
import { roleSchema } from "./key";

/** `GET /v1/me`: who the key is. */
export const meSchema = z.object({
  keyId: z.string(),
  name: z.string(),
  org: z.string(),
  role: roleSchema,
  teams: z.array(z.string()),
}).meta({ id: "Me" });
export type Me = z.infer<typeof meSchema>;
