"use client";

// The error page of every route without one of its own (admin pages, account, sign-in…), inside the
// root layout. Without it Next.js shows its built-in error page, whose inline <style> the Content
// Security Policy blocks (it carries no nonce).
import { RouteError } from "@/components/ui/route-error";

export default RouteError;
