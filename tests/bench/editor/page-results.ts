import { z } from "zod";

// What window.__bench (bench-init-script.ts) hands back, checked on the way in rather than cast.

export const pointSchema = z.object({ x: z.number(), y: z.number() });
export const grabSchema = pointSchema.extend({ id: z.string() });
export const intervalsSchema = z.array(z.number());

export const viewportSchema = z.object({ x: z.number(), y: z.number(), zoom: z.number() });
export type CanvasViewport = z.infer<typeof viewportSchema>;

export const canvasInfoSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  viewport: viewportSchema.nullable(),
  renderedNodes: z.number(),
  renderedEdges: z.number(),
});
export type CanvasInfo = z.infer<typeof canvasInfoSchema>;

const tallySchema = z.object({
  total: z.number(),
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  areas: z.record(z.string(), z.number()),
  names: z.record(z.string(), z.number()),
});
/** Where the DOM changed / which components rendered: distinct node and edge ids, counts per area. */
export type Tally = z.infer<typeof tallySchema>;

export const probeSchema = z.object({
  dom: tallySchema,
  renders: tallySchema,
  mounted: z.number(),
  unmounted: z.number(),
  commits: z.number(),
});
/** What one probed gesture changed (see bench-init-script.ts). */
export type Probe = z.infer<typeof probeSchema>;

/** Milestones of a load, ms from navigation start: DOMContentLoaded and the flow/graph fetch. */
export const timelineSchema = z.object({ domContentLoaded: z.number(), dataStart: z.number(), dataEnd: z.number() });
export type Timeline = z.infer<typeof timelineSchema>;
