import * as z from "zod";

/**
 * Team, workbook and org ids, as the API takes them in its URLs
 * (`/teams/{team}/workbooks/{workbook}`): the one declaration of the pattern, which the settings
 * sheet, the snapshot's metadata, the API's schemas and the CLI's options all check against.
 */
export const API_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** How to write one, for messages. */
export const API_ID_RULE = "1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";

export const ApiId = z.string().regex(API_ID_PATTERN, { error: `use ${API_ID_RULE}` });
export type ApiId = z.infer<typeof ApiId>;
