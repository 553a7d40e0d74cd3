import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { Role } from "./api/types";
import { HomePage } from "./pages/HomePage";

export interface PageProps {
  params: Record<string, string>;
}

interface RouteDef {
  path: string;
  page: ComponentType<PageProps> | LazyExoticComponent<ComponentType<PageProps>>;
  /** Only this role may open the page; others are sent to sign in. */
  role?: Role;
}

/** React.lazy wants a default export; our modules export names, so pick one. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType<PageProps>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

// Everything but the home page is its own chunk: a first visit downloads only what it shows.
export const routes: RouteDef[] = [
  { path: "/", page: HomePage },
  { path: "/catalog", page: page(() => import("./pages/CatalogPage"), "CatalogPage") },
  { path: "/signin", page: page(() => import("./pages/SignInPage"), "SignInPage") },
  { path: "/auth/callback", page: page(() => import("./pages/AuthCallbackPage"), "AuthCallbackPage") },
  { path: "/certificates/:id", page: page(() => import("./certificate/CertificatePage"), "CertificatePage") },
  { path: "/buyer/orders", role: "buyer", page: page(() => import("./buyer/OrdersPage"), "OrdersPage") },
  { path: "/buyer/orders/new", role: "buyer", page: page(() => import("./buyer/NewOrderPage"), "NewOrderPage") },
  { path: "/buyer/orders/:id", role: "buyer", page: page(() => import("./buyer/OrderPage"), "OrderPage") },
  { path: "/cooperative/batches", role: "cooperative", page: page(() => import("./cooperative/BatchesPage"), "BatchesPage") },
  { path: "/cooperative/batches/new", role: "cooperative", page: page(() => import("./cooperative/NewBatchPage"), "NewBatchPage") },
  { path: "/cooperative/batches/:id", role: "cooperative", page: page(() => import("./cooperative/BatchPage"), "BatchPage") },
  { path: "/cooperative/certificates", role: "cooperative", page: page(() => import("./cooperative/CertificatesPage"), "CertificatesPage") },
  { path: "/cooperative/allocations", role: "cooperative", page: page(() => import("./cooperative/AllocationsPage"), "AllocationsPage") },
  { path: "/officer/inspections", role: "officer", page: page(() => import("./officer/InspectionsPage"), "InspectionsPage") },
  { path: "/officer/inspections/:id", role: "officer", page: page(() => import("./officer/InspectPage"), "InspectPage") },
  { path: "/officer/equipment", role: "officer", page: page(() => import("./officer/EquipmentPage"), "EquipmentPage") },
  { path: "/officer/retest", role: "officer", page: page(() => import("./officer/PooledRetestPage"), "PooledRetestPage") },
  { path: "/ministry", role: "ministry", page: page(() => import("./ministry/DashboardPage"), "DashboardPage") },
];
