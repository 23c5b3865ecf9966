import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { homeHref } from "@/lib/auth/home";

/** The start page is the user's own unit's dashboard. */
export default async function Home() {
  const user = await requireUser();
  redirect(homeHref(user.scopeUnit));
}
