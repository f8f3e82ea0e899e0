import type { APIRequestContext } from "@playwright/test";

/** The admin the benchmark creates on its own fresh database. */
export const BENCH_ADMIN = { name: "Bench Admin", email: "bench@editor.test", password: "bench-editor-password" };

/**
 * Signs `request` (a browser context's request, so the page shares its cookies) in as the bench
 * admin: creates the first admin through /api/auth/setup on the fresh database (404 once someone
 * exists), then signs in. Every mutation carries Origin, as the CSRF check expects.
 */
export async function signInBenchAdmin(request: APIRequestContext, baseURL: string): Promise<void> {
  const headers = { origin: baseURL };
  const setup = await request.post(`${baseURL}/api/auth/setup`, { data: BENCH_ADMIN, headers });
  if (setup.status() !== 201 && setup.status() !== 404) throw new Error(`setup failed: ${setup.status()} ${await setup.text()}`);
  const signIn = await request.post(`${baseURL}/api/auth/sign-in/email`, { data: { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password }, headers });
  if (!signIn.ok()) throw new Error(`signing in failed: ${signIn.status()} ${await signIn.text()}`);
}

/** Creates a flow holding `document` and returns its id. */
export async function createFlow(request: APIRequestContext, baseURL: string, name: string, document: unknown): Promise<string> {
  const response = await request.post(`${baseURL}/api/flows`, { data: { name, document }, headers: { origin: baseURL } });
  if (response.status() !== 201) throw new Error(`creating the flow failed: ${response.status()} ${(await response.text()).slice(0, 500)}`);
  const body: { flow: { id: string } } = await response.json();
  return body.flow.id;
}
