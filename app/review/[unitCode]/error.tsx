"use client";

// The same error boundary as the dashboard's: a generic message, never the raw error.
import CoverageError from "@/app/(dashboard)/coverage/[unitCode]/error";

export default CoverageError;
