// SST v4 app: `npx sst deploy --stage <name>` (see docs/api.md). SST provides `$config`, `$app`
// and `sst` as globals; offline, infra/sst-globals.d.ts types them for `npm run typecheck`.
export default $config({
  app(input) {
    return {
      name: "crosswalk",
      home: "aws",
      removal: input.stage === "production" ? "retain" : "remove",
      protect: input.stage === "production",
    };
  },
  async run() {
    const { crosswalkStack } = await import("./infra/stack");
    return crosswalkStack(sst, $app, { org: process.env.CROSSWALK_ORG ?? "default" });
  },
});
