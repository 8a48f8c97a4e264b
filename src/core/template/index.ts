/** The template model: definitions, columns, names, number formats, helper values and the plan. */
export * from "./columns";
export * from "./definition";
export * from "./helper-values";
export * from "./names";
export * from "./number-formats";
export * from "./plan";
export * from "./sheet-row";
export * from "./from-figures";
