// SST v4 app: `npx sst deploy --stage <name>` (see docs/api.md). SST provides `$config`, `$app`
// and `sst` as globals; offline, infra/sst-globals.d.ts types them for `npm run typecheck`.
export default $config({
  app(input) {
    // SST forbids top-level imports here and evaluates app() statically: the list is written out,
    // and test/infra/stages.test.ts holds it equal to infra/stages.ts, which the stack uses.
    const keep = ["production", "prod"].includes(input.stage);
    return {
      name: "crosswalk",
      home: "aws",
      removal: keep ? "retain" : "remove",
      protect: keep,
    };
  },
  async run() {
    const { crosswalkStack } = await import("./infra/stack");
    return crosswalkStack(sst, $app, $interpolate);
  },
});
