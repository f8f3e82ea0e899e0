import { redirect } from "next/navigation";

/** `/flows`: the flows list lives at `/` (each flow under /flows/[id]); a typed or trimmed URL lands there. */
export default function FlowsIndex() {
  redirect("/");
}
