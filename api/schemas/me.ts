import * as z from "zod";
import { roleSchema } from "./key";

export const meSchema = z.object({
  keyId: z.string(),
  name: z.string(),
  org: z.string(),
  role: roleSchema,
  teams: z.array(z.string()),
});
