"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ApiKeysPanel } from "./api-keys-panel";
import { AuditLogPanel } from "./audit-log-panel";
import { AgentsPanel } from "./agents/agents-panel";
import { QueuesPanel } from "./queues/queues-panel";
import { UsersPanel } from "./users-panel";
import { WebhooksPanel } from "./webhooks/webhooks-panel";

/** Settings for admins: users, API keys, the audit log, and live chat's queues, agents and webhooks. */
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
          <QueuesPanel />
        </TabsContent>
        <TabsContent value="agents" className="pt-5">
          <AgentsPanel />
        </TabsContent>
        <TabsContent value="webhooks" className="pt-5">
          <WebhooksPanel />
        </TabsContent>
      </Tabs>
    </main>
  );
}
