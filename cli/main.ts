export async function main(argv: readonly string[]): Promise<number> {
  process.stdout.write(`crosswalk: ${argv.join(" ")}\n`);
  return 0;
}
