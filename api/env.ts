import type { Principal } from "./auth/principal";

/** Hono environment of the app: what middleware leaves for the handlers. */
export interface AppEnv {
  Variables: {
    principal: Principal;
  };
}
