import { Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiClient } from "../../../shared/api/client";
import { deployedApiUrl, loadApiSettings, saveApiSettings } from "../../services/api-settings";
import { apiFailureWords } from "../../services/api-words";
import { readWorkbookSettings, saveWorkbookIds, type WorkbookSettings } from "../../services/round-trip";
import { ForeignSheetError } from "../../port/workbook-port";
import { API_ID_PATTERN } from "../../../shared/model/api-id";
import { SETTINGS_SHEET } from "../../../shared/workbook-snapshot/settings-sheet";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";

/**
 * Where the API is and who this workbook is. The URL and key stay in the add-in's own storage
 * on this computer (never in the workbook, which travels); the team and workbook ids are saved
 * in the workbook's settings sheet, because they say whose workbook it is and are not secret.
 */
export function SettingsPanel() {
  const styles = usePanelStyles();
  const services = useServices();
  const { store, port, fetch: fetchImpl } = services;
  const saved = loadApiSettings(store);
  const [url, setUrl] = useState(saved?.baseUrl ?? deployedApiUrl());
  const [key, setKey] = useState(saved?.key ?? "");
  const [team, setTeam] = useState("");
  const [workbook, setWorkbook] = useState("");
  const [workbookSettings, setWorkbookSettings] = useState<WorkbookSettings | undefined>();
  const [consent, setConsent] = useState(false);
  const [foreign, setForeign] = useState(false);
  const [local, setLocal] = useState<{ apiUrl: string; apiKey: string } | undefined>();
  const connection = useOperation<string>();
  const load = useOperation<WorkbookSettings>();
  const save = useOperation<string>();

  useEffect(() => {
    void load.run(async () => {
      const read = await readWorkbookSettings(port);
      setWorkbookSettings(read);
      setTeam(read.team ?? "");
      setWorkbook(read.workbook ?? "");
      return read;
    });
    void services.localApiConfig().then(setLocal);
    // Read once when the panel opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const saveConnection = () =>
    connection.run(async () => {
      saveApiSettings(store, { baseUrl: url, key });
      return "Saved in this add-in's storage.";
    });

  const test = () =>
    connection.run(async () => {
      const me = await new ApiClient({ baseUrl: url, key }, fetchImpl).me().catch((error: unknown) => {
        throw new Error(apiFailureWords(error));
      });
      saveApiSettings(store, { baseUrl: url, key });
      const scope = me.role.startsWith("org-") ? "every team" : me.teams.length > 0 ? `teams ${me.teams.join(", ")}` : "no teams";
      return `Connected to org “${me.org}” as ${me.name} (${me.role}, ${scope}). Saved.`;
    });

  const useLocal = () => {
    if (!local) return;
    setUrl(local.apiUrl);
    setKey(local.apiKey);
  };

  const teamOk = API_ID_PATTERN.test(team);
  const workbookOk = API_ID_PATTERN.test(workbook);
  const saveIds = () =>
    save.run(async () => {
      try {
        await saveWorkbookIds(port, { team, workbook }, { replaceForeign: consent });
      } catch (error) {
        if (error instanceof ForeignSheetError) {
          setForeign(true);
          throw new Error(`${error.message} Tick the box below to move it aside (it is kept, renamed).`);
        }
        throw error;
      }
      setForeign(false);
      const read = await readWorkbookSettings(port).catch(() => undefined);
      if (read) setWorkbookSettings(read);
      return `Saved in the “${SETTINGS_SHEET}” sheet.`;
    });

  return (
    <section className={styles.panel} aria-labelledby="settings-heading">
      <Text as="h2" id="settings-heading" weight="semibold" size={400}>
        Settings
      </Text>
      <Text as="h3" weight="semibold">
        Connection
      </Text>
      <Caption1 className={styles.muted}>Kept in this add-in's storage on this computer, never in the workbook.</Caption1>
      <Field label="API URL" hint="e.g. https://….lambda-url.….on.aws or http://localhost:8787">
        <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
      </Field>
      <Field label="API key">
        <Input type="password" value={key} onChange={(_, d) => setKey(d.value)} autoComplete="off" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void test()} disabled={connection.running || url.trim() === "" || key.trim() === ""}>
          Test connection
        </Button>
        <Button onClick={() => void saveConnection()} disabled={connection.running || url.trim() === "" || key.trim() === ""}>
          Save connection
        </Button>
        {local && (
          <Button appearance="subtle" onClick={useLocal}>
            Use the local API
          </Button>
        )}
      </div>
      <OperationStatus running={connection.running} progress={connection.progress} error={connection.error} label="Connection" />
      {connection.result && (
        <MessageBar intent="success">
          <MessageBarBody>{connection.result}</MessageBarBody>
        </MessageBar>
      )}

      <Text as="h3" weight="semibold">
        This workbook
      </Text>
      <Caption1 className={styles.muted}>
        Saved in the workbook's “{SETTINGS_SHEET}” sheet, with its risk matrix: they say whose workbook this is, so they travel with it.
      </Caption1>
      <Field label="Team ID" validationState={team === "" || teamOk ? "none" : "error"} validationMessage={team === "" || teamOk ? undefined : "Lower-case letters, digits, “.”, “_” or “-” (e.g. credit-risk)"}>
        <Input value={team} onChange={(_, d) => setTeam(d.value.trim())} />
      </Field>
      <Field label="Workbook ID" validationState={workbook === "" || workbookOk ? "none" : "error"} validationMessage={workbook === "" || workbookOk ? undefined : "Lower-case letters, digits, “.”, “_” or “-” (e.g. ai-conformance)"}>
        <Input value={workbook} onChange={(_, d) => setWorkbook(d.value.trim())} />
      </Field>
      <Caption1>
        {load.running
          ? "Reading the workbook's settings…"
          : workbookSettings?.exists
            ? `Risk matrix: ${workbookSettings.matrix ? (workbookSettings.matrix.name ?? workbookSettings.matrix.id) : "not readable (see the settings sheet)"}${workbookSettings.read?.syncedVersion ? ` · in step with version ${workbookSettings.read.syncedVersion}` : ""}`
            : "This workbook has no settings sheet yet: saving makes one, with the 5×5 risk matrix."}
      </Caption1>
      {foreign && <Checkbox label={`Move my “${SETTINGS_SHEET}” sheet aside`} checked={consent} onChange={(_, d) => setConsent(d.checked === true)} />}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void saveIds()} disabled={save.running || !teamOk || !workbookOk}>
          Save to workbook
        </Button>
      </div>
      <OperationStatus running={save.running} progress={save.progress} error={save.error ?? load.error} label="Saving the workbook's settings" />
      {save.result && (
        <MessageBar intent="success">
          <MessageBarBody>{save.result}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
