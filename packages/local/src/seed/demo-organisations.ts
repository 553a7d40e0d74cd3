import type { Organisation } from "@fsm/core";

/**
 * Operators are the ones public reporting names (shared/data/facilities.json); where a name was not
 * reported, or the organisation is invented for the demo (buyers, the second Aceh cooperative), the
 * name says "(demo)".
 */
export const demoOrganisations: Organisation[] = [
  { id: "coop-aroma-tamiang", name: "Koperasi Produsen Aroma Tamiang Makmur", kind: "cooperative", province: "ID-AC" },
  { id: "coop-nilam-bandar-pusaka", name: "Koperasi Petani Nilam Bandar Pusaka (demo)", kind: "cooperative", province: "ID-AC" },
  { id: "coop-kelapa-kapitu", name: "Koperasi Kelapa Kapitu Amurang (demo)", kind: "cooperative", province: "ID-SA" },
  { id: "coop-mebel-gemolong", name: "Koperasi Pengrajin Mebel Gemolong (demo)", kind: "cooperative", province: "ID-JT" },
  { id: "coop-ksu-talenta", name: "KSU Talenta", kind: "cooperative", province: "ID-NT" },
  { id: "coop-jonggon-lestari", name: "Koperasi Anugerah Jonggon Lestari", kind: "cooperative", province: "ID-KI" },
  { id: "qc-aceh", name: "Quality unit, RPB Nilam Aceh Tamiang", kind: "quality-unit", province: "ID-AC" },
  { id: "qc-sulut", name: "Quality unit, RPB Kelapa Minahasa Selatan", kind: "quality-unit", province: "ID-SA" },
  { id: "qc-jateng", name: "Quality unit, Factory Sharing Mebel Sragen", kind: "quality-unit", province: "ID-JT" },
  { id: "qc-ntt", name: "Quality unit, RPB Sapi Sumlili", kind: "quality-unit", province: "ID-NT" },
  { id: "qc-kaltim", name: "Quality unit, RPB Jahe Kutai Kartanegara", kind: "quality-unit", province: "ID-KI" },
  { id: "buyer-wangi", name: "PT Wangi Aroma Industri (demo)", kind: "buyer", province: "ID-JI" },
  { id: "buyer-nusantara", name: "PT Nusantara Bahan Baku (demo)", kind: "buyer", province: "ID-JK" },
  { id: "kemenkop-ukm", name: "Kementerian Koperasi dan UKM", kind: "ministry", province: "ID-JK" },
];
