import type { Role } from "../api/types";

/** The seeded demo accounts the local runtime accepts at dev-login (API.md, "Local runtime settings"). */
export const demoAccounts: { email: string; role: Role }[] = [
  ...["koperasi-aceh", "koperasi-aceh-2", "koperasi-sulut", "koperasi-jateng", "koperasi-ntt", "koperasi-kaltim"].map((handle) => ({
    email: `${handle}@demo.example`,
    role: "cooperative" as const,
  })),
  ...["officer-aceh", "officer-sulut", "officer-jateng", "officer-ntt", "officer-kaltim"].map((handle) => ({
    email: `${handle}@demo.example`,
    role: "officer" as const,
  })),
  { email: "buyer-wangi@demo.example", role: "buyer" },
  { email: "buyer-nusantara@demo.example", role: "buyer" },
  { email: "ministry@demo.example", role: "ministry" },
];
