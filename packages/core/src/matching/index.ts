export { DEFAULT_SEARCH_BUDGET, matchOrder } from "./match-order";
export type { MatchCandidate, MatchMethod, MatchOptions, MatchPick, MatchPlan, MatchRequest } from "./types";
