import { type OrgProfileDocument, orgProfileDocumentSchema } from "../../shared/api/org-profile";
import { type OrgProfileRecord, StoreIntegrityError } from "./port";

/** A stored profile, checked again on the way out: it was validated on the way in, so a failure is a fault. */
export function orgProfileDocument(record: OrgProfileRecord): OrgProfileDocument {
  const parsed = orgProfileDocumentSchema.safeParse(record.document);
  if (!parsed.success) throw new StoreIntegrityError(`the stored profile of org ${record.org} no longer validates`);
  return parsed.data;
}

