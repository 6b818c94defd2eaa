import { Button, Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { useState } from "react";
import { usePanelStyles } from "../../components/styles";
import { useServices } from "../../services";
import { type SavedMapping, loadMappings, saveMapping } from "./saved-mappings";

/** Save the current mapping under a name, or apply one saved before (the add-in's own storage). */
export function SavedMappingBar({ template, onApply }: { template: (() => string | undefined) | undefined; onApply: (template: string) => void }) {
  const styles = usePanelStyles();
  const { store } = useServices();
  const [saved, setSaved] = useState<SavedMapping[]>(() => loadMappings(store));
  const [saveName, setSaveName] = useState("");
  return (
    <>
      <div className={styles.row}>
        <Field label="Save this mapping as">
          <Input value={saveName} onChange={(_, d) => setSaveName(d.value)} />
        </Field>
        <Button
          disabled={saveName.trim() === "" || template === undefined}
          onClick={() => {
            const made = template?.();
            if (made) setSaved(saveMapping(store, saveName.trim(), made));
          }}
        >
          Save mapping
        </Button>
      </div>
      {saved.length > 0 && (
        <Field label="Use a saved mapping">
          <Dropdown
            placeholder="Choose a saved mapping"
            onOptionSelect={(_, d) => {
              const m = saved.find((s) => s.name === d.optionValue);
              if (m) onApply(m.template);
            }}
          >
            {saved.map((m) => (
              <Option key={m.name} value={m.name}>
                {m.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </>
  );
}
