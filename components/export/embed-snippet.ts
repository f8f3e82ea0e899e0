/** Options of the embed script, as `data-*` attributes of its `<script>` tag. */
export interface EmbedOptions {
  origin: string;
  flowId: string;
  title: string;
  color?: string;
  position?: "right" | "left";
}

/** The one-line `<script>` that puts the chat bubble on any page (public/embed.js reads the attributes). */
export function embedSnippet({ origin, flowId, title, color = "#0f172a", position = "right" }: EmbedOptions): string {
  const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<script src="${origin}/embed.js" data-flow="${attribute(flowId)}" data-title="${attribute(title)}" data-color="${attribute(color)}" data-position="${position}" defer></script>`;
}
