"use client";

// The campaign pages answer errors like the dashboard: a generic message and a retry, never the raw error.
export { default } from "../coverage/[unitCode]/error";
