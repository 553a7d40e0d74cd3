import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";

const cpuModel = () => {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? "unknown CPU";
  } catch {
    return "unknown CPU";
  }
};

/** The machine a figure was measured on, and how busy it was: figures mean little without it. */
export const machine = () =>
  `${availableParallelism()} cores, ${cpuModel()}, Node ${process.version}, load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(" ")}`;

/** A plain Markdown table, so a run's output can be pasted into docs/PERFORMANCE.md as it is. */
export const printTable = (header: string[], rows: string[][]) => {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
};

/** The p-th percentile (0-100) of a list of numbers, nearest rank. */
export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
};

export const median = (values: number[]) => percentile(values, 50);
