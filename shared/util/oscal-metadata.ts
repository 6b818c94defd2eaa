/**
 * The parts every OSCAL document Crosswalk writes has in common (catalog, mapping collection,
 * assessment results), so the three exports describe their metadata and properties alike.
 */

/** An OSCAL `prop`; `ns` marks a name OSCAL itself does not define. */
export interface OscalProperty {
  readonly name: string;
  readonly value: string;
  readonly ns?: string;
}

/** An OSCAL document's `metadata`, as far as Crosswalk's exports fill it. */
export interface OscalMetadata {
  readonly title: string;
  readonly "last-modified": string;
  readonly version: string;
  readonly "oscal-version": string;
  readonly remarks: string;
}
