import type { Facility } from "../api/types";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/I18nProvider";

/** Shown only when the officer's unit covers more than one facility. */
export const FacilityPicker = ({ facilities, value, onChange }: { facilities: Facility[]; value: string; onChange: (id: string) => void }) => {
  const { t } = useI18n();
  if (facilities.length <= 1) return null;
  return (
    <Field label={t("field.facility")}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {facilities.map((facility) => (
            <option key={facility.id} value={facility.id}>
              {facility.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
};
