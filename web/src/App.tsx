import { useEffect, useState } from "react";

interface Facility {
  id: string;
  name: string;
  province: string;
}

export const App = () => {
  const [facilities, setFacilities] = useState<Facility[]>([]);
  useEffect(() => {
    void fetch("/api/facilities")
      .then((response) => response.json() as Promise<Facility[]>)
      .then(setFacilities);
  }, []);
  return (
    <main>
      <h1>Pasar Rumah Produksi Bersama</h1>
      <ul>
        {facilities.map((facility) => (
          <li key={facility.id}>
            {facility.name} ({facility.province})
          </li>
        ))}
      </ul>
    </main>
  );
};
