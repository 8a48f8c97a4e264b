/**
 * plan-targets: the command line over src/core. `main` takes its arguments and output streams
 * so that tests run it in-process; bin/plan-targets.js calls it with the real ones.
 */
import { evaluate, STATUS_LABELS } from "../core/evaluate";
import { PlanError } from "../core/errors";
import { parseNumber } from "../core/number";
import { parseTarget } from "../core/parse-target";
import { showTarget } from "../core/target";
import { EXTRACT_USAGE, extractCommand } from "./extract-command";
import { options, UsageError, type Io } from "./io";
import { TEMPLATE_USAGE, templateCommand } from "./template-command";
import { WORKBOOK_USAGE, workbookCommand } from "./workbook-command";


const USAGE = `用法 (usage):
  plan-targets number <文本>                      读一个数：{"value", "percent"}
  plan-targets parse <目标>                        解析目标短语，如 '达到99.2%以上'
  plan-targets check <实际值> <目标> [--baseline B] [--tolerance T]
                                                   核对：{"status", "gap", "progress"}（百分数按小数计：0.98 即 98%）
${TEMPLATE_USAGE}
${EXTRACT_USAGE}
${WORKBOOK_USAGE}`;

/** Exit codes: 0 ok, 1 input not understood, 2 wrong usage. `workbook` writes a file: its code comes as a Promise. */
export function main(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "number":
        return numberCommand(rest, io);
      case "parse":
        return parseCommand(rest, io);
      case "check":
        return checkCommand(rest, io);
      case "template":
        return templateCommand(rest, io);
      case "extract":
        return extractCommand(rest, io);
      case "workbook":
        return workbookCommand(rest, io).catch((e: unknown) => report(e, io));
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`未知命令“${command}”。\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    return report(e, io);
  }
}

/** Known failures become a message and an exit code; anything else is a bug and propagates. */
function report(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(`${e.message}\n${USAGE}`);
    return 2;
  }
  if (e instanceof PlanError) {
    io.err(`错误：${e.message}`);
    return 1;
  }
  throw e;
}

function numberCommand(args: string[], io: Io): number {
  const { positional } = options(args, []);
  if (positional.length !== 1) throw new UsageError("number 需要一个参数：要读取的文本。");
  const n = parseNumber(positional[0]);
  io.out(JSON.stringify({ value: clean(n.value), percent: n.percent }));
  return 0;
}

function parseCommand(args: string[], io: Io): number {
  const { positional } = options(args, []);
  if (positional.length !== 1) throw new UsageError("parse 需要一个参数：目标短语。");
  const t = parseTarget(positional[0]);
  io.out(JSON.stringify({ ...showTarget(t), percent: t.percent }));
  return 0;
}

function checkCommand(args: string[], io: Io): number {
  const { positional, named } = options(args, ["baseline", "tolerance"]);
  if (positional.length !== 2) throw new UsageError("check 需要两个参数：实际值和目标（空的实际值写作 ''）。");
  const tolerance = named.tolerance === undefined ? null : parseNumber(named.tolerance).value;
  const result = evaluate(positional[0], parseTarget(positional[1]), { baseline: named.baseline ?? null, tolerance });
  io.out(
    JSON.stringify({
      status: result.status,
      label: STATUS_LABELS[result.status],
      gap: result.gap === null ? null : clean(result.gap),
      progress: result.progress === null ? null : clean(result.progress),
      ...(result.reason ? { reason: result.reason } : {}),
    }),
  );
  return 0;
}

/** Binary noise off the last digits (0.992 − 0.98 prints as 0.012). */
function clean(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
