// What Vite puts into `import.meta.env` at build. VITE_CROSSWALK_API_URL is set by the AWS stack
// (infra/stack.ts) to the deployed API's URL; unset in local builds.
interface ImportMetaEnv {
  readonly VITE_CROSSWALK_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
