/** Two radio buttons for an either/or export option (whole graph or view, visible or all). */
export interface Choice<T> {
  value: T;
  label: string;
  testId: string;
}

export function ChoicePair<T extends string | boolean>({
  name,
  label,
  value,
  choices,
  onChange,
}: {
  name: string;
  label: string;
  value: T;
  choices: readonly [Choice<T>, Choice<T>];
  onChange: (value: T) => void;
}) {
  return (
    <div className="export-row" role="radiogroup" aria-label={label}>
      {choices.map((choice) => (
        <label key={String(choice.value)}>
          <input
            type="radio"
            name={name}
            data-testid={choice.testId}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </div>
  );
}
