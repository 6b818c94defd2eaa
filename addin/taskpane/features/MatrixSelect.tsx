import { Field, Select } from "@fluentui/react-components";
import { MATRIX_PRESETS } from "../../../shared/scoring/presets";
import type { MatrixPresetId } from "../../../shared/scoring/presets";
import { DEFAULT_CHOICE, PRESET_IDS } from "./setup-choices";

/** The risk matrix to set the workbook up on, one of the presets: for Set up and for Import before set-up. */
export function MatrixSelect({ value, disabled, onChoose, hint }: { value: MatrixPresetId; disabled: boolean; onChoose: (id: MatrixPresetId) => void; hint: string }) {
  return (
    <Field label="Risk matrix" hint={hint}>
      <Select value={value} disabled={disabled} onChange={(_, d) => onChoose(PRESET_IDS.find((id) => id === d.value) ?? DEFAULT_CHOICE)}>
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {MATRIX_PRESETS[id].name ?? id}
          </option>
        ))}
      </Select>
    </Field>
  );
}
