import { createContext, useContext, useMemo, type ReactNode } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Facility, Product } from "../api/types";
import { useResource } from "../api/useResource";

/** Products (with their rulebooks' parameters) and facilities: public, small, needed by most screens. */
export interface Reference {
  products: Product[];
  facilities: Facility[];
  product: (id: string) => Product | undefined;
  facility: (id: string) => Facility | undefined;
  loading: boolean;
  error: unknown;
}

const ReferenceContext = createContext<Reference | null>(null);

const loadReference = () => Promise.all([unwrap(api.GET("/products")), unwrap(api.GET("/facilities"))]);

export const ReferenceProvider = ({ children }: { children: ReactNode }) => {
  const { data, loading, error } = useResource(loadReference, []);
  const value = useMemo<Reference>(() => {
    const [products = [], facilities = []] = data ?? [];
    const productsById = new Map(products.map((product) => [product.id, product]));
    const facilitiesById = new Map(facilities.map((facility) => [facility.id, facility]));
    return {
      products,
      facilities,
      product: (id) => productsById.get(id),
      facility: (id) => facilitiesById.get(id),
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
