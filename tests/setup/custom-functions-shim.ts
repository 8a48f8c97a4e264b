/**
 * Stand-in for the CustomFunctions global that Excel's runtime provides, with the same
 * shape as @types/custom-functions-runtime, so that the functions can be called as plain
 * functions in jest and their errors inspected.
 */
class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

const shim = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
    busy: "#BUSY!",
  },
  associate: () => undefined,
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = shim;
