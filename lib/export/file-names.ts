/**
 * A flow name as a file-name stem: letters, digits, dots and dashes, lower case ("Acme support!"
 * → "acme-support"); "flow" when nothing usable is left.
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return slug || "flow";
}

/** `<flow>-v<N>.baton.json`: the name a version's runtime bundle is downloaded and exported as. */
export function bundleFileName(flowName: string, version: number): string {
  return `${fileSlug(flowName)}-v${version}.baton.json`;
}

/** `<flow>-v<N>`: the export zip's name (with `.zip`) and the folder inside it. */
export function exportFolderName(flowName: string, version: number): string {
  return `${fileSlug(flowName)}-v${version}`;
}
