"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ApiKeysPanel } from "./api-keys-panel";
import { AuditLogPanel } from "./audit-log-panel";
import { ComingWithLiveChat } from "./coming-with-live-chat";
import { UsersPanel } from "./users-panel";

/** Settings for admins. Queues, agents and webhooks get their own tabs when live chat lands. */
export function SettingsTabs() {
  return (
    <main className="mx-auto w-full max-w-5xl px-6 py-8">
      <h1 className="text-xl font-semibold">Settings</h1>
      <Tabs defaultValue="users" className="mt-4">
        <TabsList>
          <TabsTrigger value="users">Users & roles</TabsTrigger>
          <TabsTrigger value="api-keys">API keys</TabsTrigger>
          <TabsTrigger value="audit">Audit log</TabsTrigger>
          <TabsTrigger value="queues">Queues</TabsTrigger>
          <TabsTrigger value="agents">Agents</TabsTrigger>
          <TabsTrigger value="webhooks">Webhooks</TabsTrigger>
        </TabsList>
        <TabsContent value="users" className="pt-5">
          <UsersPanel />
        </TabsContent>
        <TabsContent value="api-keys" className="pt-5">
          <ApiKeysPanel />
        </TabsContent>
        <TabsContent value="audit" className="pt-5">
          <AuditLogPanel />
        </TabsContent>
        <TabsContent value="queues" className="pt-5">
          <ComingWithLiveChat what="Queues, business hours and time zones" />
        </TabsContent>
        <TabsContent value="agents" className="pt-5">
          <ComingWithLiveChat what="Agents, their queues and capacity" />
        </TabsContent>
        <TabsContent value="webhooks" className="pt-5">
          <ComingWithLiveChat what="Outgoing webhooks and the allow-list of hosts flows may call" />
        </TabsContent>
      </Tabs>
    </main>
  );
}
