export * from "./organisation";
export * from "./audit";
