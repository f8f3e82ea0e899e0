import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

export function Spinner({ className, label = "Loading" }: { className?: string; label?: string }) {
  return <LoaderCircle role="status" aria-label={label} className={cn("h-4 w-4 animate-spin text-slate-400", className)} />;
}
