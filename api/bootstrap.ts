import { hashApiKey, isPresentableKey, keyIdOf, MAX_KEY_LENGTH } from "./auth/api-key";
import type { KeyRecord, Store } from "./store/port";

export interface BootstrapKeyOptions {
  /** The key itself: from CROSSWALK_ADMIN_KEY, an SST secret, or generated once locally. */
  readonly key: string;
  readonly org: string;
  readonly name?: string;
  readonly hashKey?: (key: string) => string;
  readonly now?: () => Date;
}

const MIN_BOOTSTRAP_KEY_LENGTH = 20;

/**
 * The table already belongs to another org: the bootstrap key's record names the org it was
 * first deployed with. Serving on would file every new push under a second org, invisible to the
 * first org's keys, so the deployment must be refused until its org is set back.
 */
export class OrgMismatchError extends Error {
  override readonly name = "OrgMismatchError";
  constructor(
    readonly recordedOrg: string,
    readonly configuredOrg: string,
  ) {
    super(
      `this table belongs to org "${recordedOrg}" (recorded on the bootstrap admin key) but the deployment is configured for "${configuredOrg}"; ` +
        `set the org back (npx sst secret set CrosswalkOrg ${recordedOrg} --stage <stage>, or CROSSWALK_ORG) and redeploy`,
    );
  }
}

/**
 * Makes sure the org's first admin key exists, so a fresh deployment can create the others.
 * Idempotent and never resurrects: if that key was revoked, it stays revoked.
 */
export async function ensureBootstrapKey(store: Store, options: BootstrapKeyOptions): Promise<KeyRecord> {
  if (options.key.length < MIN_BOOTSTRAP_KEY_LENGTH || !isPresentableKey(options.key)) {
    throw new Error(
      `the bootstrap admin key must be ${MIN_BOOTSTRAP_KEY_LENGTH}–${MAX_KEY_LENGTH} characters of A–Z, a–z, 0–9 and . _ ~ + / = - ` +
        "(what an Authorization: Bearer header can carry); generate one with " +
        `node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))'`,
    );
  }
  const hashKey = options.hashKey ?? hashApiKey;
  const id = keyIdOf(options.key, hashKey);
  const existing = await store.getKey(id);
  if (existing) {
    if (existing.hash !== hashKey(options.key)) {
      throw new Error(`key id ${id} is already taken by another key; choose another bootstrap key`);
    }
    if (existing.org !== options.org) throw new OrgMismatchError(existing.org, options.org);
    return existing;
  }
  const record: KeyRecord = {
    id,
    org: options.org,
    name: options.name ?? "bootstrap admin",
    role: "org-admin",
    teams: [],
    hash: hashKey(options.key),
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    createdBy: "bootstrap",
    revokedAt: null,
  };
  if (await store.createKey(record)) return record;
  // Created concurrently by another instance: read what won.
  const winner = await store.getKey(id);
  if (!winner) throw new Error("bootstrap key vanished after creation");
  return winner;
}
