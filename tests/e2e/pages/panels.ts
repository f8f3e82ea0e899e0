import { expect, type Locator, type Page } from "@playwright/test";

/** The parts of a stored flow document the panel tests look at. */
export interface SavedDocument {
  nodes: { id: string; note?: string; config: Record<string, unknown> }[];
  edges: { source: string; sourcePort: string; target: string }[];
  settings: { liveAgent: { enabled: boolean; disabledReason: string }; queues: string[]; defaultQueue: string };
}

/** The editor's sidebar panels (Inspector, Flow settings, Problems) at `/flows/<id>`. */
export class PanelsPage {
  readonly sidebar: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole("complementary", { name: "Editor sidebar" });
    this.inspector = this.sidebar.getByRole("region", { name: "Node settings" });
  }

  /** Stores `document` as a new flow through the API and returns its id. */
  async createFlow(document: { name: string }): Promise<string> {
    const response = await this.page.request.post("/api/flows", { data: { name: document.name, document } });
    expect(response.status()).toBe(201);
    const body: { flow: { id: string } } = await response.json();
    return body.flow.id;
  }

  async open(flowId: string) {
    await this.page.goto(`/flows/${flowId}`);
    await expect(this.page.getByTestId("node-start")).toBeVisible();
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  /** Clicks a node on the canvas (its header), which selects it and shows it in the Inspector. */
  async selectNode(id: string) {
    await this.node(id).locator("header").click();
    await expect(this.inspector.getByText(id, { exact: true })).toBeVisible();
  }

  tab(name: RegExp | string): Locator {
    return this.sidebar.getByRole("tab", { name });
  }

  problem(code: string, nodeId: string): Locator {
    return this.sidebar.locator(`[data-testid="problem-row"][data-code="${code}"][data-node-id="${nodeId}"]`);
  }

  /** The document the server has stored for the flow (what a reload would show). */
  async savedDocument(flowId: string): Promise<SavedDocument> {
    const response = await this.page.request.get(`/api/flows/${flowId}`);
    const body: { flow: { document: SavedDocument } } = await response.json();
    return body.flow.document;
  }

  /** Drags a connection from `source`'s output `port` to `target`'s input handle, with the real mouse. */
  async connect(source: string, port: string, target: string) {
    const from = await settledBox(this.page.getByTestId(`handle-${source}-${port}`));
    const to = await settledBox(this.node(target).locator(".react-flow__handle.target"));
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Where an element is once it stops moving: the canvas animates when it centres a node, and a drag
 * aimed at a handle mid-animation misses it.
 */
async function settledBox(locator: Locator): Promise<Box> {
  let last: Box | null = null;
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      const settled = box !== null && last !== null && box.x === last.x && box.y === last.y;
      last = box;
      return settled;
    }, { intervals: [100] })
    .toBe(true);
  if (!last) throw new Error("the element is not on screen");
  return last;
}
