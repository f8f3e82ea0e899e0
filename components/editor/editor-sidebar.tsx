"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useProblemIndex } from "@/lib/editor/problem-index";
import { useUiStore, type SidebarTab } from "@/lib/editor/ui-store";
import { NodeInspector } from "./inspector/node-inspector";
import { ProblemsPanel } from "./problems/problems-panel";
import { FlowSettingsPanel } from "./settings/flow-settings-panel";

const tabs: readonly SidebarTab[] = ["inspector", "settings", "problems"];
const isTab = (value: string): value is SidebarTab => tabs.some((tab) => tab === value);

/** The right sidebar: the panels engineer's Inspector, Flow settings and Problems tabs. */
export function EditorSidebar() {
  const tab = useUiStore((state) => state.sidebarTab);
  const problemCount = useProblemIndex((state) => state.total);
  return (
    <aside aria-label="Editor sidebar" className="flex h-full w-96 shrink-0 flex-col border-l border-slate-200 bg-white">
      <Tabs value={tab} onValueChange={(value) => (isTab(value) ? useUiStore.getState().setSidebarTab(value) : undefined)} className="flex min-h-0 flex-1 flex-col">
        <TabsList>
          <TabsTrigger value="inspector">Inspector</TabsTrigger>
          <TabsTrigger value="settings">Flow settings</TabsTrigger>
          <TabsTrigger value="problems">Problems ({problemCount})</TabsTrigger>
        </TabsList>
        <TabsContent value="inspector" className="min-h-0 flex-1 overflow-y-auto"><NodeInspector /></TabsContent>
        <TabsContent value="settings" className="min-h-0 flex-1 overflow-y-auto"><FlowSettingsPanel /></TabsContent>
        <TabsContent value="problems" className="min-h-0 flex-1 overflow-y-auto"><ProblemsPanel /></TabsContent>
      </Tabs>
    </aside>
  );
}
