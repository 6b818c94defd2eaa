import type { NamespacedId } from "../catalog/framework";
import aircData from "./data/ai-rmf-iso42001.airc.json";
import authoredData from "./data/iso42001-iso27001.authored.json";
import editionsData from "./data/iso27001-2013-iso27001.json";
import editionsSupplementData from "./data/iso27001-2013-iso27001.supplement.json";
import olirData from "./data/sp800-53-iso27001.olir.json";
import type { CrosswalkEdge, EdgeSource } from "./edge";
import { CrosswalkGraph } from "./graph";
import { isRelationship } from "./relationship";

interface EdgeFile {
  readonly source: EdgeSource;
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly relationship: string;
    readonly rationale?: string;
    readonly note?: string;
  }[];
}

/** The shipped crosswalk files, each a source with its edges. */
const EDGE_FILES: readonly EdgeFile[] = [aircData, authoredData, olirData, editionsData, editionsSupplementData];

function edgesOf(file: EdgeFile): CrosswalkEdge[] {
  return file.edges.map((e) => {
    if (!isRelationship(e.relationship)) throw new Error(`${file.source.id}: bad relationship ${e.relationship}`);
    return {
      from: e.from as NamespacedId,
      to: e.to as NamespacedId,
      relationship: e.relationship,
      source: file.source.id,
      ...(e.rationale ? { rationale: e.rationale } : {}),
      ...(e.note ? { note: e.note } : {}),
    };
  });
}

let graph: CrosswalkGraph | undefined;

/** The crosswalk Crosswalk ships, built once on first use. */
export function defaultCrosswalk(): CrosswalkGraph {
  graph ??= new CrosswalkGraph(
    EDGE_FILES.map((f) => f.source),
    EDGE_FILES.flatMap(edgesOf),
  );
  return graph;
}
