export * from "./organisation";
export * from "./audit";
export * from "./resources";
export * from "./access";
export * from "./scenarios";
export * from "./no-proof";
export * from "./competition";
export * from "./security";
