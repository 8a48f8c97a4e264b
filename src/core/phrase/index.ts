/**
 * The grammar of plan phrases, shared by parseTarget (one cell) and the extractor (a whole
 * document), one file per family: units (units.ts); figures, ranges and ratios (figure.ts);
 * comparator words and 以上/以内/左右 suffixes (comparators.ts); 无…=0 (zero.ts); numbers that are
 * never figures (distractors.ts); and scanFigures, the pass that applies them (scan.ts).
 *
 * Every reader is a forward pass over the text or the token list, so cost stays linear; each
 * returns what it read (no module-level scratch records).
 */
export * from "./chars";
export * from "./comparators";
export * from "./distractors";
export * from "./figure";
export * from "./scan";
export * from "./units";
export * from "./zero";
