import { createContext, useContext, useMemo, type ReactNode } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Facility, Organisation, Product } from "../api/types";
import { useResource } from "../api/useResource";

/** Products (with their rulebooks' parameters), facilities and organisations: public, small, needed by most screens. */
export interface Reference {
  products: Product[];
  facilities: Facility[];
  product: (id: string) => Product | undefined;
  facility: (id: string) => Facility | undefined;
  /** An organisation's name, or its id while the names load. */
  orgName: (id: string) => string;
  loading: boolean;
  error: unknown;
}

const ReferenceContext = createContext<Reference | null>(null);

// Names are a courtesy: without them the screens still work and show ids.
const loadOrganisations = () => unwrap(api.GET("/organisations")).catch((): Organisation[] => []);

const loadReference = () => Promise.all([unwrap(api.GET("/products")), unwrap(api.GET("/facilities")), loadOrganisations()] as const);

export const ReferenceProvider = ({ children }: { children: ReactNode }) => {
  const { data, loading, error } = useResource(loadReference, []);
  const value = useMemo<Reference>(() => {
    const [products = [], facilities = [], organisations = []] = data ?? [];
    const organisationsById = new Map<string, Organisation>(organisations.map((organisation) => [organisation.id, organisation]));
    const productsById = new Map(products.map((product) => [product.id, product]));
    const facilitiesById = new Map(facilities.map((facility) => [facility.id, facility]));
    return {
      products,
      facilities,
      product: (id) => productsById.get(id),
      facility: (id) => facilitiesById.get(id),
      orgName: (id) => organisationsById.get(id)?.name ?? id,
      loading,
      error,
    };
  }, [data, loading, error]);
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
};

export const useReference = (): Reference => {
  const context = useContext(ReferenceContext);
  if (!context) throw new Error("useReference outside ReferenceProvider");
  return context;
};
