import type { User } from "@fsm/core";

const user = (handle: string, role: User["role"], orgId: string): User => ({
  id: `user-${handle}`,
  email: `${handle}@demo.example`,
  role,
  orgId,
});

export const demoUsers: User[] = [
  user("koperasi-aceh", "cooperative", "coop-aroma-tamiang"),
  user("koperasi-aceh-2", "cooperative", "coop-nilam-bandar-pusaka"),
  user("koperasi-sulut", "cooperative", "coop-kelapa-kapitu"),
  user("koperasi-jateng", "cooperative", "coop-mebel-gemolong"),
  user("koperasi-ntt", "cooperative", "coop-ksu-talenta"),
  user("koperasi-kaltim", "cooperative", "coop-jonggon-lestari"),
  user("officer-aceh", "officer", "qc-aceh"),
  user("officer-sulut", "officer", "qc-sulut"),
  user("officer-jateng", "officer", "qc-jateng"),
  user("officer-ntt", "officer", "qc-ntt"),
  user("officer-kaltim", "officer", "qc-kaltim"),
  user("buyer-wangi", "buyer", "buyer-wangi"),
  user("buyer-nusantara", "buyer", "buyer-nusantara"),
  user("ministry", "ministry", "kemenkop-ukm"),
];
