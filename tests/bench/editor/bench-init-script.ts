/**
 * Installed in every benchmarked page before its own scripts run (`addInitScript`). It is plain
 * JavaScript in a string on purpose: tsx would add helpers (`__name`) to functions passed to
 * `page.evaluate`, which do not exist in the page. It defines `window.__bench`:
 *
 * - `interactiveAt()`: `performance.now()` (ms since navigation start) of the first animation
 *   frame after a measured React Flow node is on screen — the canvas can be dragged from then.
 * - `startFrames()` / `stopFrames()`: intervals between the animation frames while recording.
 * - `startProbe()` / `stopProbe()`: while active, which nodes, edges and other areas of the page
 *   had DOM mutations (MutationObserver), and which React components rendered — counted through a
 *   stand-in for the React DevTools hook that walks each committed fiber tree, descending only
 *   into subtrees React actually re-rendered, and attributes every rendered component to the
 *   node/edge/area of its nearest DOM element (component names are minified in production builds).
 * - `canvas()`, `pickNode(id)`, `pickPanePoint()`, `nextFrame()`: geometry helpers for gestures.
 */
export const BENCH_INIT_SCRIPT = String.raw`(() => {
  let interactiveAt = null;
  const ready = () => document.querySelector('.react-flow__node:not([style*="visibility: hidden"])');
  const waiter = new MutationObserver(() => {
    if (interactiveAt !== null || !ready()) return;
    waiter.disconnect();
    requestAnimationFrame(() => { interactiveAt = performance.now(); });
  });
  waiter.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });

  function classify(el) {
    if (!el || !el.closest) return { kind: 'area', key: 'document' };
    const node = el.closest('.react-flow__node');
    if (node) return { kind: 'node', key: node.getAttribute('data-id') };
    // below 25 % zoom Baton draws its edges as paths of one <svg> (TinyEdges), keyed like React Flow's
    const tinyEdge = el.closest('[data-testid=tiny-edges] path');
    if (tinyEdge) return { kind: 'edge', key: tinyEdge.getAttribute('data-id') };
    const edge = el.closest('.react-flow__edge');
    if (edge) return { kind: 'edge', key: edge.getAttribute('data-id') };
    if (el.closest('.react-flow__minimap')) return { kind: 'area', key: 'minimap' };
    if (el.closest('.react-flow__edgelabel-renderer')) return { kind: 'area', key: 'edge labels' };
    if (el.closest('.react-flow__background, [data-testid=canvas-dots]')) return { kind: 'area', key: 'background' };
    if (el.closest('.react-flow__controls')) return { kind: 'area', key: 'controls' };
    if (el.closest('.react-flow')) return { kind: 'area', key: 'canvas (pane, viewport, containers)' };
    const labelled = el.closest('[aria-label]');
    if (labelled) return { kind: 'area', key: 'outside canvas: ' + labelled.getAttribute('aria-label') };
    return { kind: 'area', key: 'outside canvas: <' + el.tagName.toLowerCase() + '>' };
  }

  function newTally() {
    return { nodes: new Set(), edges: new Set(), areas: new Map(), names: new Map(), total: 0 };
  }
  function tally(t, el, name) {
    const where = classify(el);
    t.total += 1;
    if (where.kind === 'node') t.nodes.add(where.key);
    else if (where.kind === 'edge') t.edges.add(where.key);
    else {
      t.areas.set(where.key, (t.areas.get(where.key) || 0) + 1);
      // production builds minify most names; library components keep their displayName
      if (name) t.names.set(name, (t.names.get(name) || 0) + 1);
    }
  }
  function report(t) {
    return { total: t.total, nodeIds: [...t.nodes], edgeIds: [...t.edges], areas: Object.fromEntries(t.areas), names: Object.fromEntries(t.names) };
  }
  function nameOf(fiber) {
    const type = fiber.type;
    if (!type) return '';
    if (typeof type === 'function') return type.displayName || type.name || '';
    return type.displayName || (type.render && (type.render.displayName || type.render.name)) || '';
  }

  let probe = null;
  const mutations = new MutationObserver((records) => {
    if (!probe) return;
    for (const record of records) {
      const target = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      tally(probe.dom, target, '');
      if (record.type !== 'childList') continue;
      for (const [list, key] of [[record.addedNodes, 'mounted'], [record.removedNodes, 'unmounted']]) {
        for (const added of list) {
          if (added.nodeType !== 1) continue;
          const inside = added.matches('.react-flow__node') ? [added] : added.querySelectorAll('.react-flow__node');
          probe[key] += inside.length;
        }
      }
    }
  });

  function hostOf(fiber) {
    for (let child = fiber.child; child; child = child.child) {
      if (child.tag === 5) return child.stateNode;
      if (child.tag === 6) return child.stateNode.parentElement;
    }
    for (let up = fiber.return; up; up = up.return) if (up.tag === 5) return up.stateNode;
    return null;
  }
  function walk(rootFiber) {
    const stack = [rootFiber];
    while (stack.length > 0) {
      const fiber = stack.pop();
      const tag = fiber.tag;
      // function, class, forwardRef, simple memo components whose function ran in this commit
      if ((tag === 0 || tag === 1 || tag === 11 || tag === 15) && (fiber.flags & 1) !== 0) tally(probe.renders, hostOf(fiber), nameOf(fiber));
      // a subtree React bailed out of keeps the previous children: nothing below rendered
      if (fiber.alternate !== null && fiber.child === fiber.alternate.child) continue;
      for (let child = fiber.child; child; child = child.sibling) stack.push(child);
    }
  }
  let rendererCount = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) { rendererCount += 1; this.renderers.set(rendererCount, renderer); return rendererCount; },
    onCommitFiberRoot(id, root) { if (probe) { probe.commits += 1; walk(root.current); } },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };

  let frames = null;
  // performance.now(), not the callback's argument: that is the frame's scheduled start, which
  // stays on the 16.7 ms beat even when a long handler or layerize delayed the frame itself
  function loop() {
    if (!frames) return;
    const now = performance.now();
    if (frames.last !== null) frames.intervals.push(now - frames.last);
    frames.last = now;
    requestAnimationFrame(loop);
  }

  function canvasElement() {
    return document.querySelector('.react-flow');
  }

  window.__bench = {
    interactiveAt: () => interactiveAt,
    nextFrame: () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    startFrames() { frames = { last: null, intervals: [] }; requestAnimationFrame(loop); },
    stopFrames() { const result = frames ? frames.intervals : []; frames = null; return result; },
    startProbe() {
      probe = { dom: newTally(), renders: newTally(), mounted: 0, unmounted: 0, commits: 0 };
      mutations.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    stopProbe() {
      mutations.takeRecords();
      mutations.disconnect();
      const result = { dom: report(probe.dom), renders: report(probe.renders), mounted: probe.mounted, unmounted: probe.unmounted, commits: probe.commits };
      probe = null;
      return result;
    },
    timeline() {
      const navigation = performance.getEntriesByType('navigation')[0];
      const data = performance.getEntriesByType('resource').filter((entry) => /\/api\/flows\/[^/?]+(\?|$)|\/graph\/\d+\.json/.test(entry.name));
      return {
        domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : 0,
        dataStart: data.length > 0 ? Math.min(...data.map((entry) => entry.startTime)) : 0,
        dataEnd: data.length > 0 ? Math.max(...data.map((entry) => entry.responseEnd)) : 0,
      };
    },
    canvas() {
      const el = canvasElement();
      const viewport = document.querySelector('.react-flow__viewport');
      if (!el || !viewport) return null;
      const rect = el.getBoundingClientRect();
      const match = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(viewport.style.transform);
      return {
        x: rect.x, y: rect.y, width: rect.width, height: rect.height,
        viewport: match ? { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) } : null,
        renderedNodes: document.querySelectorAll('.react-flow__node').length,
        renderedEdges: document.querySelectorAll('.react-flow__edge').length,
      };
    },
    pickNode(preferredId) {
      const el = canvasElement();
      if (!el) return null;
      const area = el.getBoundingClientRect();
      const inside = (r) => r.left >= area.left + 40 && r.right <= area.right - 300 && r.top >= area.top + 40 && r.bottom <= area.bottom - 300;
      const grab = (node) => {
        const r = node.getBoundingClientRect();
        return { id: node.getAttribute('data-id'), x: r.left + r.width * 0.25, y: r.top + Math.min(14, r.height / 2) };
      };
      const all = [...document.querySelectorAll('.react-flow__node')];
      const onCanvas = (r) => r.left >= area.left && r.right <= area.right && r.top >= area.top && r.bottom <= area.bottom;
      const preferred = all.find((node) => node.getAttribute('data-id') === preferredId && onCanvas(node.getBoundingClientRect()));
      if (preferred) return grab(preferred);
      const candidates = all.filter((node) => inside(node.getBoundingClientRect()));
      const cx = area.left + area.width / 2;
      const cy = area.top + area.height / 2;
      const distance = (node) => { const r = node.getBoundingClientRect(); return Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy); };
      candidates.sort((a, b) => distance(a) - distance(b));
      return candidates[0] ? grab(candidates[0]) : null;
    },
    pickPanePoint() {
      const el = canvasElement();
      if (!el) return null;
      const area = el.getBoundingClientRect();
      // the gesture moves up-left by a few hundred px: start right of and below the middle
      for (let fy = 0.55; fy < 0.95; fy += 0.05) {
        for (let fx = 0.55; fx < 0.9; fx += 0.025) {
          const x = area.left + area.width * fx;
          const y = area.top + area.height * fy;
          const hit = document.elementFromPoint(x, y);
          if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return null;
    },
  };
})();`;
