import { expect, test } from "@playwright/test";
import { EditorPage, createFlowViaApi, getFlowViaApi } from "../pages/editor-page";

test.use({ viewport: { width: 1600, height: 1000 } });

test("build a handoff flow from the palette, connect it and find it again after a reload", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Built by hand", { schemaVersion: 1, name: "Built by hand", nodes: [] });
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  await expect(editor.nodes).toHaveCount(0);

  await editor.dragFromPalette("start", { x: 40, y: 60 });
  await editor.dragFromPalette("intent", { x: 340, y: 60 });
  await editor.dragFromPalette("handoff", { x: 660, y: 60 });
  await editor.dragFromPalette("ticket", { x: 660, y: 420 });
  await expect(editor.nodes).toHaveCount(4);
  // only one Start per flow: the palette stops offering it
  await expect(editor.paletteItem("start")).toHaveCount(0);

  const start = editor.nodesOfKind("start");
  const intent = editor.nodesOfKind("intent");
  const handoff = editor.nodesOfKind("handoff");
  const ticket = editor.nodesOfKind("ticket");
  await editor.connect(start, "next", intent);
  await editor.connect(intent, "greeting", handoff);
  await editor.connect(handoff, "unavailable", ticket);
  await expect(editor.edges).toHaveCount(3);
  // the protocol's unavailable path is labelled on the canvas
  await expect(page.locator(".react-flow__edgelabel-renderer").getByText("unavailable", { exact: true })).toBeVisible();

  // a field filled through the inspector (the panels engineer's form) reaches the server too
  await editor.selectNode(ticket);
  const askEmail = page.getByLabel("Ask for the email");
  await askEmail.fill("Which email should we answer to?");
  await expect(ticket).toBeVisible();

  await editor.expectSaved();
  const saved = await getFlowViaApi(request, flow.id);
  expect(saved.document.nodes.map((node) => node.kind).sort()).toEqual(["handoff", "intent", "start", "ticket"]);
  expect(saved.document.edges.map((edge) => edge.sourcePort).sort()).toEqual(["greeting", "next", "unavailable"]);
  const savedTicket = saved.document.nodes.find((node) => node.kind === "ticket");
  expect(savedTicket?.kind === "ticket" ? savedTicket.config.askEmail : null).toBe("Which email should we answer to?");

  await page.reload();
  await expect(editor.nodes).toHaveCount(4);
  await expect(editor.edges).toHaveCount(3);
});
