import { Button, Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { useId } from "react";
import { ACCEPTED_FILES } from "../../../services/file-types";
import { OperationStatus } from "../../components/OperationStatus";
import { usePanelStyles } from "../../components/styles";
import type { ImportSourceState, SourceKind } from "./use-import-source";

/** Sheet or file, which one, and the Analyse button. */
export function SourcePicker({ source, analysing, onAnalyse }: { source: ImportSourceState; analysing: boolean; onAnalyse: () => void }) {
  const styles = usePanelStyles();
  const { from, setFrom, reading } = source;
  return (
    <>
      <RadioGroup value={from} onChange={(_, d) => setFrom(d.value as SourceKind)} aria-label="Import from" layout="horizontal">
        <Radio value="sheet" label="A sheet in this workbook" />
        <Radio value="file" label="A file" />
      </RadioGroup>
      {from === "sheet" ? <WorkbookSheetChoice source={source} /> : <FileChoice source={source} />}
      <OperationStatus running={reading.running} progress={reading.progress} error={reading.error} label="Reading" />
      <div className={styles.row}>
        <Button appearance="primary" onClick={onAnalyse} disabled={analysing || reading.running}>
          Analyse
        </Button>
      </div>
    </>
  );
}

function WorkbookSheetChoice({ source }: { source: ImportSourceState }) {
  const { sheets, sheetName, setSheetName } = source;
  return (
    <Field label="Sheet" hint={sheets.length === 0 ? "No sheets besides Crosswalk's own." : undefined}>
      <Dropdown value={sheetName} selectedOptions={sheetName ? [sheetName] : []} onOptionSelect={(_, d) => setSheetName(d.optionValue ?? "")} placeholder="Choose a sheet">
        {sheets.map((s) => (
          <Option key={s.name} value={s.name}>
            {s.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function FileChoice({ source }: { source: ImportSourceState }) {
  const styles = usePanelStyles();
  const fileInputId = useId();
  const { fileGrids, fileSheet, setFileSheet, onFile } = source;
  return (
    <>
      <Field label="File (.xlsx, .xls, .csv)">
        <div className={styles.row}>
          <input
            id={fileInputId}
            type="file"
            accept={ACCEPTED_FILES}
            aria-label="Choose a file to import"
            onChange={(e) => onFile(e.target.files?.[0])}
            style={{ maxWidth: "100%" }}
          />
        </div>
      </Field>
      {fileGrids && (
        <Field label="Sheet in the file">
          <Dropdown value={fileSheet} selectedOptions={[fileSheet]} onOptionSelect={(_, d) => setFileSheet(d.optionValue ?? "")}>
            {fileGrids.sheets.map((s) => (
              <Option key={s.name} value={s.name}>
                {s.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </>
  );
}
