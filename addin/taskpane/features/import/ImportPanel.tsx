/**
 * The Import panel: source → analysis and mapping → preview → write. Each step is its own
 * component or hook in this folder; the panel only wires them together.
 */
import { Text } from "@fluentui/react-components";
import { OperationStatus } from "../../components/OperationStatus";
import { usePanelStyles } from "../../components/styles";
import { useOperation } from "../../components/use-operation";
import { useServices } from "../../services";
import { useImportSuggestions } from "../../suggest/ImportSuggestions";
import { LandingIssues } from "./LandingIssues";
import { MappingSection } from "./MappingSection";
import { PreviewView } from "./PreviewView";
import { SourcePicker } from "./SourcePicker";
import { useImportAnalysis } from "./use-import-analysis";
import { useImportSource } from "./use-import-source";
import { useImportWrite } from "./use-import-write";
import { WriteBar } from "./WriteBar";

export function ImportPanel() {
  const styles = usePanelStyles();
  const services = useServices();
  const source = useImportSource();
  const analysis = useImportAnalysis();
  const suggested = useImportSuggestions(analysis.preview);
  const write = useImportWrite(analysis.preview, suggested.toWrite);
  const analysing = useOperation<void>();

  const analyse = () =>
    void analysing.run(async () => {
      write.writing.reset();
      // The workbook's matrix (its settings sheet) is read alongside: ratings land on its bands.
      const [read, found] = await Promise.all([source.readSource(), services.setup().then((setup) => setup.readWorkbookMatrix(services.port))]);
      analysis.start(await services.importer(found.source === "settings" ? found.matrix : undefined), read);
    });

  // Inside an operation: the engine's refusal (no sheet for that kind) shows as the analysis's error.
  const makePreview = () => void analysing.run(async () => analysis.makePreview());

  return (
    <section className={styles.panel} aria-labelledby="import-heading">
      <Text as="h2" id="import-heading" weight="semibold" size={400}>
        Import
      </Text>
      <Text className={styles.muted}>
        Bring an existing register, SoA, inventory or profile into the Crosswalk sheets. The source is only read, never changed.
      </Text>
      <SourcePicker source={source} analysing={analysing.running} onAnalyse={analyse} />
      <OperationStatus running={analysing.running} progress={analysing.progress} error={analysing.error ?? analysis.analysisError} label="Analysis" />
      <MappingSection state={analysis} onPreview={makePreview} />
      {analysis.preview && (
        <PreviewView preview={analysis.preview}>
          <LandingIssues check={write.landing} sheet={analysis.preview.sheet} />
        </PreviewView>
      )}
      <WriteBar preview={analysis.preview} state={write} suggested={suggested} />
    </section>
  );
}
