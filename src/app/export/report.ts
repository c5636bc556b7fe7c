/** How an export tells the menu what happened: the saved file, a lowered scale, or an error. */
export interface ExportOutcome {
  name: string;
  /** Set when the scale had to be lowered to fit the browser's canvas limits. */
  cappedTo?: number;
  /** Advice to show after the file name (e.g. which font to install to edit an SVG). */
  note?: string;
}

export type Report = (run: () => Promise<ExportOutcome | undefined>) => Promise<void>;
