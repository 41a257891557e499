package io.cloudpirates.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kotlinx.serialization.json.JsonElement;
import kotlinx.serialization.json.JsonElementKt;
import kotlinx.serialization.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK from Java source: the client built with {@code CloudPiratesClient.builder()}, every
 * operation through {@code client.async()} returning a {@code CompletableFuture}, options from
 * {@code RequestOptions.builder()}; over real HTTP against the emulator.
 */
class JavaApiTest {
    private static final String DEMO_WORKSPACE = "6571f2b1e4b0a1a2b3c4d5e6";
    private static Emulator emu;

    @BeforeAll
    static void start() {
        emu = Emulator.Companion.start(0);
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    private static CloudPiratesClient client() {
        return CloudPiratesClient.builder()
                .apiKey(emu.getApiKey())
                .baseUrl(emu.getBaseUrl())
                .timeout(Duration.ofSeconds(20))
                .consistency(Consistency.READ_YOUR_WRITES)
                .build();
    }

    private static String text(JsonElement e) {
        return e == null ? null : JsonElementKt.getJsonPrimitive(e).getContent();
    }

    /** The journal's entries of one operation. */
    private static List<JsonObject> sent(String operation) {
        return emu.journal().stream()
                .filter(r -> operation.equals(text(r.get("operation"))))
                .collect(Collectors.toList());
    }

    @Test
    void callsReadsAndWritesFromJava() throws Exception {
        emu.reset();
        try (CloudPiratesClient c = client()) {
            Identity me = c.async().auth().me().get(20, TimeUnit.SECONDS);
            assertEquals(emu.getEmail(), me.getEmail());

            String key = "java" + (System.nanoTime() % 1_000_000_000L);
            Workspace created = c.async().workspaces().create("From Java", key).join();
            assertEquals(key, created.getWorkspaceKey());
            Workspace read = c.async().workspaces().get(created.getWorkspaceId()).join();
            assertEquals(created.getWorkspaceId(), read.getWorkspaceId());
            assertEquals("From Java", read.getWorkspaceName());

            // A future composes like any other: the name of the workspace, then its key upper-cased.
            String upper = c.async().workspaces().get(created.getWorkspaceId())
                    .thenApply(w -> w.getWorkspaceKey().toUpperCase())
                    .get(20, TimeUnit.SECONDS);
            assertEquals(key.toUpperCase(), upper);
            assertFalse(c.toString().contains(emu.getApiKey()), "no credential in toString");
        }
    }

    @Test
    void aFailedCallCompletesTheFutureWithTheSdkException() {
        emu.reset();
        try (CloudPiratesClient c = client()) {
            CompletableFuture<Workspace> f = c.async().workspaces().get("0000000000000000000000ff");
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS));
            assertInstanceOf(ApiException.class, e.getCause());
            ApiException api = (ApiException) e.getCause();
            assertTrue(api instanceof NotFoundException || api instanceof PermissionDeniedException, api.getClassName());
            assertTrue(api.getStatus() == 403 || api.getStatus() == 404, String.valueOf(api.getStatus()));
            assertTrue(f.isCompletedExceptionally());
        }
    }

    @Test
    void requestOptionsFromTheBuilderReachTheWire() {
        emu.reset();
        try (CloudPiratesClient c = client()) {
            RequestOptions opts = RequestOptions.builder().header("X-Tenant", "blue").maxRetries(0).build();
            emu.clearJournal();
            c.async().workspaces().get(DEMO_WORKSPACE, opts).join();
            List<JsonObject> got = sent("workspaces.get");
            assertEquals(1, got.size());
            JsonObject headers = JsonElementKt.getJsonObject(got.get(0).get("headers"));
            assertEquals("blue", text(headers.get("x-tenant")));
            assertEquals("ApiKey [REDACTED]", text(headers.get("authorization")));

            // A header the client owns is refused by the core before anything is sent.
            emu.clearJournal();
            RequestOptions bad = RequestOptions.builder().header("Authorization", "Bearer x").build();
            CompletableFuture<Workspace> f = c.async().workspaces().get(DEMO_WORKSPACE, bad);
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS));
            assertInstanceOf(InvalidRequestException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("Authorization"), e.getCause().getMessage());
            assertEquals(0, sent("workspaces.get").size(), "nothing sent");
        }
    }

    @Test
    void pagesAndEveryItemFromJava() {
        emu.reset();
        try (CloudPiratesClient c = client()) {
            // Two more workspaces beside the seeded one: three pages of one.
            for (int i = 0; i < 2; i++) {
                c.async().workspaces().create("Paged " + i, "jp" + i + (System.nanoTime() % 1_000_000_000L)).join();
            }
            emu.clearJournal();
            Page<WorkspaceSummary> first = c.async().workspaces().list(1, null).join();
            assertEquals(1, first.getItems().size());
            List<WorkspaceSummary> all = c.async().workspaces().listAll(1, null).join();
            assertTrue(all.size() >= 3, "the seeded workspace and the two new ones: " + all.size());
            assertTrue(first.getHasNextPage());
            assertEquals(first.getItems().get(0).getWorkspaceId(), all.get(0).getWorkspaceId());
            // One request per page of one item (the first call's page, then every page of listAll).
            long pages = sent("workspaces.list").size() - 1;
            assertTrue(pages >= all.size(), "pages " + pages + " for " + all.size() + " items");
            // The default page size: the same items.
            List<WorkspaceSummary> plain = c.async().workspaces().listAll().join();
            assertEquals(all.stream().map(WorkspaceSummary::getWorkspaceId).collect(Collectors.toList()),
                    plain.stream().map(WorkspaceSummary::getWorkspaceId).collect(Collectors.toList()));
        }
    }

    @Test
    void aWaiterFromJava() {
        emu.reset();
        try (CloudPiratesClient c = client()) {
            Workspace ws = c.async().workspaces().create("Waited", "jw" + (System.nanoTime() % 1_000_000_000L)).join();
            Workspace found = c.waitForAsync(Operations.INSTANCE.getWORKSPACES_GET(), List.of(ws.getWorkspaceId()), true, Duration.ofSeconds(5)).join();
            assertNotNull(found);
            assertEquals(ws.getWorkspaceId(), found.getWorkspaceId());
            c.async().workspaces().delete(ws.getWorkspaceId()).join();
            assertNull(c.waitForAsync(Operations.INSTANCE.getWORKSPACES_GET(), List.of(ws.getWorkspaceId()), false, Duration.ofSeconds(5)).join());
        }
    }

    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }

    /** Every operation of the API has its CompletableFuture form, reachable from Java by its dotted id. */
    @Test
    void everyOperationHasAFutureForm() throws Exception {
        try (CloudPiratesClient c = CloudPiratesClient.builder().baseUrl(emu.getBaseUrl()).build()) {
            List<String> missing = new ArrayList<>();
            List<String> ids = Operations.INSTANCE.getALL();
            for (String id : ids) {
                String[] parts = id.split("\\.");
                Object target = c.async();
                for (int i = 0; i < parts.length - 1; i++) {
                    target = target.getClass().getMethod(camel(parts[i])).invoke(target);
                }
                String name = camel(parts[parts.length - 1]);
                boolean found = false;
                for (Method m : target.getClass().getMethods()) {
                    if (m.getName().equals(name) && CompletableFuture.class.equals(m.getReturnType())) {
                        found = true;
                    }
                }
                if (!found) {
                    missing.add(id);
                }
            }
            assertEquals(List.of(), missing);
            assertTrue(ids.size() > 50, "operations: " + ids.size());
        }
    }

    @Test
    void builderToStringHidesSecrets() {
        CloudPiratesClient.Builder b = CloudPiratesClient.builder().apiKey("cp_live_supersecret").consistencyTokenKey("k-secret-1");
        assertFalse(b.toString().contains("supersecret"), b.toString());
        assertFalse(b.toString().contains("k-secret-1"), b.toString());
        RequestOptions o = RequestOptions.builder().header("X-Api-Token", "tok-secret").consistencyToken("ctok").build();
        assertFalse(o.toString().contains("tok-secret"), o.toString());
        Map<String, String> h = o.getHeaders();
        assertEquals("tok-secret", h.get("X-Api-Token"), "the value itself is kept");
    }
}
