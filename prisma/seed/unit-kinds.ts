// The seed names unit kinds with the same rules as the unit-list import.
export * from "../../lib/units/unit-kinds";
