/**
 * `{{ name }}` references in a text, in order of appearance, each name once. Names follow
 * `variableNameSchema` (dots reach into objects: `{{order.status}}`). This only finds references
 * for validation and the editor; the runtime does its own interpolation.
 */
export function findTemplateVariables(text: string): string[] {
  const names: string[] = [];
  // Most texts have no template at all; a big flow has thousands of them.
  if (!text.includes("{{")) return names;
  for (const match of text.matchAll(/\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g)) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}
