import type { Rulebook } from "./rulebook";

export const isKnownGrade = (rulebook: Rulebook, grade: string) => rulebook.grades.some((candidate) => candidate.grade === grade);

/**
 * 0 is the best grade. An unknown grade throws rather than ranking last: ranked last, an order's
 * unknown minimum grade would admit every batch. Callers check `isKnownGrade` on user input first.
 */
export const gradeRank = (rulebook: Rulebook, grade: string): number => {
  const index = rulebook.grades.findIndex((candidate) => candidate.grade === grade);
  if (index === -1) {
    throw new Error(`${grade} is not a grade of ${rulebook.productId} ${rulebook.version}; it has ${rulebook.grades.map((candidate) => candidate.grade).join(", ")}`);
  }
  return index;
};

/** A rejected batch (grade null) meets no minimum. */
export const meetsMinGrade = (rulebook: Rulebook, grade: string | null, minGrade: string): boolean =>
  grade !== null && gradeRank(rulebook, grade) <= gradeRank(rulebook, minGrade);
