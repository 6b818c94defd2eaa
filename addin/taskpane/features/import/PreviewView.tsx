import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ImportPreview } from "../../../services/import-engine";
import { usePanelStyles } from "../../components/styles";
import { IssueBadges, PreviewIssueList } from "./PreviewIssues";

const SHOWN_COLUMNS = 4;
const count = new Intl.NumberFormat("en-US");

/** "First 10 of 1,108 records" — a truncated view says how much it shows. */
export function shownOf(shown: number, total: number, what: string): string {
  return shown >= total ? `All ${count.format(total)} ${what}` : `First ${count.format(shown)} of ${count.format(total)} ${what}`;
}
const SHOWN_ROWS = 10;

/**
 * The records as they would land: counts, the first rows, the issues. `children` are extra
 * sections about the same records (e.g. suggested references), shown after the issues.
 */
export function PreviewView({ preview, children }: { preview: ImportPreview; children?: ReactNode }) {
  const styles = usePanelStyles();
  return (
    <section aria-label="Preview">
      <Text block weight="semibold">
        {`${preview.rows.length} records for ${preview.sheet}`}
        {preview.skipped > 0 ? `, ${preview.skipped} rows skipped` : ""}
      </Text>
      <IssueBadges issues={preview.issues} />
      <div className={styles.scroll}>
        <FirstRecords preview={preview} />
      </div>
      <PreviewIssueList issues={preview.issues} />
      {children}
    </section>
  );
}

function FirstRecords({ preview }: { preview: ImportPreview }) {
  const shown = preview.columns.slice(0, SHOWN_COLUMNS);
  return (
    <table style={{ borderCollapse: "collapse", fontSize: 12 }}>
      <caption style={{ textAlign: "left" }}>{shownOf(Math.min(SHOWN_ROWS, preview.rows.length), preview.rows.length, "records")}</caption>
      <thead>
        <tr>
          {shown.map((c) => (
            <th key={c} scope="col" style={{ textAlign: "left", padding: 2 }}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.slice(0, SHOWN_ROWS).map((r, i) => (
          <tr key={i}>
            {shown.map((_, c) => (
              <td key={c} style={{ padding: 2, verticalAlign: "top", maxWidth: 120, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                {r[c] === null ? "" : String(r[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

