import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import type { FlowDocument, FlowDocumentInput, NodeKind } from "@/lib/flow";

/** A flow as the API returns it. */
export interface ApiFlow {
  id: string;
  name: string;
  revision: number;
  document: FlowDocument;
}

/** Creates a flow through the API (the way fixtures are loaded) and returns it. */
export async function createFlowViaApi(request: APIRequestContext, name: string, document?: FlowDocumentInput): Promise<ApiFlow> {
  const response = await request.post("/api/flows", { data: { name, ...(document ? { document } : {}) } });
  expect(response.ok(), await response.text()).toBe(true);
  const body: { flow: ApiFlow } = await response.json();
  return body.flow;
}

/** Reads a flow through the API: what the server really holds. */
export async function getFlowViaApi(request: APIRequestContext, id: string): Promise<ApiFlow> {
  const response = await request.get(`/api/flows/${id}`);
  expect(response.ok()).toBe(true);
  const body: { flow: ApiFlow } = await response.json();
  return body.flow;
}

/** The visual flow editor at `/flows/[id]`, driven with the real mouse and keyboard. */
export class EditorPage {
  readonly canvas: Locator;
  readonly saveStatus: Locator;
  readonly nodes: Locator;
  readonly edges: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId("flow-canvas");
    this.saveStatus = page.getByTestId("save-status");
    this.nodes = page.locator(".react-flow__node");
    this.edges = page.locator(".react-flow__edge");
  }

  async goto(flowId: string) {
    await this.page.goto(`/flows/${flowId}`);
    await expect(this.canvas).toBeVisible();
    await expect(this.page.locator(".react-flow__viewport")).toBeAttached();
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  nodesOfKind(kind: NodeKind): Locator {
    return this.page.locator(`[data-kind="${kind}"]`);
  }

  paletteItem(kind: NodeKind): Locator {
    return this.page.getByTestId(`palette-${kind}`);
  }

  /** Drags a kind from the palette and drops it at (x, y) inside the canvas. */
  async dragFromPalette(kind: NodeKind, at: { x: number; y: number }) {
    await this.paletteItem(kind).dragTo(this.canvas, { targetPosition: at });
  }

  /** Drags from a node's output port to another node's input handle. */
  async connect(source: Locator, port: string, target: Locator) {
    const from = source.locator(`.react-flow__handle.source[data-handleid="${port}"]`);
    const to = target.locator(".react-flow__handle.target");
    await this.dragBetween(from, to);
  }

  /** Drags from a node's output port and releases on empty canvas at (x, y). */
  async dragPortToCanvas(source: Locator, port: string, at: { x: number; y: number }) {
    const from = source.locator(`.react-flow__handle.source[data-handleid="${port}"]`);
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error("canvas not visible");
    const start = await centre(from);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + at.x, box.y + at.y, { steps: 12 });
    await this.page.mouse.up();
  }

  async dragBetween(from: Locator, to: Locator) {
    const a = await centre(from);
    const b = await centre(to);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Clicks an empty spot of the canvas (clears the selection, moves focus off inputs). */
  async clickEmptyCanvas(at = { x: 12, y: 12 }) {
    await this.page.locator(".react-flow__pane").click({ position: at });
  }

  /** Clicks a node: its header, or zoomed out (one box, no header) the node itself. */
  async selectNode(node: Locator) {
    const header = node.locator("header");
    await ((await header.count()) > 0 ? header : node).click();
  }

  async press(keys: string) {
    await this.page.keyboard.press(keys);
  }

  async expectSaved() {
    await expect(this.saveStatus).toHaveAttribute("data-status", "saved");
  }

  async autoLayout() {
    await this.page.getByRole("button", { name: "Auto-layout" }).click();
  }

  async search(text: string) {
    await this.press("ControlOrMeta+k");
    const input = this.page.getByRole("combobox", { name: "Search nodes" });
    await expect(input).toBeFocused();
    await input.fill(text);
    return this.page.getByRole("listbox", { name: "Matching nodes" });
  }

  conflictDialog(): Locator {
    return this.page.getByRole("dialog", { name: "This flow was changed somewhere else" });
  }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
