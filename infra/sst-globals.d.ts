// What SST injects as globals into sst.config.ts, narrowed to infra/platform.ts. Only
// infra/tsconfig.json sees this file, so these globals do not leak into the rest of the code.
import type { Interpolate, SstApp, SstPlatform } from "./platform";

/** Stands in for Pulumi's Output<string>, which only the real platform types define. */
interface PulumiOutput {
  apply<U>(fn: (value: string) => U): unknown;
}

declare global {
  const sst: SstPlatform<PulumiOutput>;
  const $app: SstApp;
  const $interpolate: Interpolate<PulumiOutput>;
  function $config(input: {
    app(input: { stage: string }): {
      name: string;
      home: "aws";
      removal?: "remove" | "retain" | "retain-all";
      protect?: boolean;
    };
    run(): Promise<Record<string, unknown> | void>;
  }): unknown;
}

export {};
