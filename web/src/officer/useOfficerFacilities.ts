import { useUser } from "../auth/SessionProvider";
import { useReference } from "../reference/ReferenceProvider";

/** The facilities whose quality unit the officer belongs to. */
export const useOfficerFacilities = () => {
  const user = useUser();
  const reference = useReference();
  return reference.facilities.filter((facility) => facility.qualityUnitId === user.orgId);
};
