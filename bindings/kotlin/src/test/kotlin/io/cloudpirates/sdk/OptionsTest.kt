package io.cloudpirates.sdk

import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/**
 * Per-call options reaching the wire (seen in the emulator's request journal) and the raw
 * response beside the typed value (`client.withRawResponse`), over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptionsTest {
    private val emu = Emulator.start(lagMs = 0)

    @AfterAll
    fun stop() = emu.close()

    private fun sent(op: String): List<JsonObject> = emu.journal().filter { it["operation"]?.jsonPrimitive?.content == op }

    private fun JsonObject.header(name: String): String? = this["headers"]?.jsonObject?.get(name)?.jsonPrimitive?.content

    private fun key() = "opt" + System.nanoTime().toString().takeLast(10)

    @Test
    fun `extra headers reach the wire beside the client's own credential`(): Unit = runBlocking {
        emu.reset()
        emu.client().use { c ->
            val opts = RequestOptions(headers = mapOf("X-Tenant" to "blue", "X-Trace" to "t1"))
            c.workspaces.get(DEMO_WORKSPACE, options = opts)
            val r = sent("workspaces.get").single()
            assertEquals("blue", r.header("x-tenant"))
            assertEquals("t1", r.header("x-trace"))
            assertEquals("ApiKey [REDACTED]", r.header("authorization"), "the credential is still the client's")
            // Without options nothing extra is sent.
            emu.clearJournal()
            c.workspaces.get(DEMO_WORKSPACE)
            assertNull(sent("workspaces.get").single().header("x-tenant"))
        }
    }

    @Test
    fun `a reserved or malformed header is refused naming it, with nothing sent`(): Unit = runBlocking {
        emu.reset()
        emu.client().use { c ->
            for ((name, value) in listOf("Authorization" to "Bearer stolen", "Host" to "evil.example", "bad name" to "v", "X-Ok" to "a\r\nInjected: 1")) {
                val e = assertFailsWith<InvalidRequestException>(name) {
                    c.workspaces.get(DEMO_WORKSPACE, options = RequestOptions(headers = mapOf(name to value)))
                }
                assertTrue("\"$name\"" in e.detail, "the error names the header: ${e.detail}")
                assertFalse("stolen" in e.detail, "never the value")
                assertFalse(e.mayHaveExecuted)
            }
        }
        assertEquals(emptyList(), sent("workspaces.get"), "nothing reached the server")
    }

    @Test
    fun `options given to a list carry to every page`(): Unit = runBlocking {
        emu.reset()
        emu.client().use { c ->
            val all = c.trainings.listAll(pageSize = 10, options = RequestOptions(headers = mapOf("X-Tenant" to "paged"))).toList()
            assertTrue(all.size > 20, "several pages: ${all.size}")
            val lists = sent("trainings.list")
            assertTrue(lists.size >= 3, "pages fetched: ${lists.size}")
            assertTrue(lists.all { it.header("x-tenant") == "paged" }, "every page carried the header: $lists")
        }
    }

    @Test
    fun `maxRetries is the number of attempts under a 503 fault`(): Unit = runBlocking {
        emu.reset()
        emu.configure("""{"faults":[{"kind":"503","rate":1.0,"methods":"reads","path_prefix":"/v1/workspaces/$DEMO_WORKSPACE"}]}""")
        emu.client().use { c ->
            for (retries in listOf(0, 2)) {
                emu.clearJournal()
                val e = assertFailsWith<ApiException> {
                    c.workspaces.get(DEMO_WORKSPACE, options = RequestOptions(maxRetries = retries))
                }
                assertEquals(503, e.status)
                assertEquals(retries + 1, e.attempts)
                assertEquals(retries + 1, sent("workspaces.get").size, "attempts on the wire")
            }
        }
    }

    @Test
    fun `a per-call timeout ends a slow call`(): Unit = runBlocking {
        emu.reset()
        emu.configure("""{"faults":[{"kind":"slow","rate":1.0,"delay_ms":1500,"path_prefix":"/v1/workspaces/$DEMO_WORKSPACE"}]}""")
        emu.client().use { c ->
            val started = System.nanoTime()
            assertFailsWith<ApiTimeoutException> { c.workspaces.get(DEMO_WORKSPACE, options = RequestOptions(timeout = 200.milliseconds)) }
            assertTrue((System.nanoTime() - started) / 1_000_000 < 1200, "ended by the per-call timeout, not the fault")
            // The old three-argument form still works.
            assertEquals(DEMO_WORKSPACE, c.workspaces.get(DEMO_WORKSPACE, options = RequestOptions(null, 1, null)).workspaceId)
        }
    }

    @Test
    fun `consistency eventual shows the lag right after a create`(): Unit = runBlocking {
        emu.reset()
        emu.configure("""{"lag_ms": 400}""")
        try {
            emu.client().use { c ->
                val ws = c.workspaces.create(workspaceName = "Eventual", workspaceKey = key())
                val e = assertFailsWith<ApiException> {
                    c.workspaces.get(ws.workspaceId, options = RequestOptions(consistency = Consistency.EVENTUAL))
                }
                assertTrue(e.status == 403 || e.status == 404, "the lag shows: ${e.status}")
                // The default (read-your-writes) rides the lag out: more than one attempt, time waited.
                val r = c.withRawResponse.workspaces.get(ws.workspaceId)
                assertEquals(ws.workspaceId, r.data.workspaceId)
                assertTrue(r.attempts > 1 && r.waited > Duration.ZERO, "read-your-writes waited: $r")
            }
        } finally {
            emu.reset()
        }
    }

    @Test
    fun `the raw response of a success and of a page`(): Unit = runBlocking {
        emu.reset()
        emu.client().use { c ->
            val r = c.withRawResponse.workspaces.get(DEMO_WORKSPACE, options = RequestOptions(headers = mapOf("X-Trace" to "raw")))
            assertEquals(DEMO_WORKSPACE, r.data.workspaceId)
            assertEquals(r.data, r.parse())
            assertEquals(200, r.status)
            assertEquals(1, r.attempts)
            assertEquals(Duration.ZERO, r.waited)
            val id = assertNotNull(r.requestId)
            assertTrue(id.startsWith("req_"), id)
            assertEquals(id, r.header("X-Request-Id"))
            assertEquals(listOf(id), r.headers["x-request-id"])
            assertTrue(r.header("content-type")!!.startsWith("application/json"))
            assertTrue("content-type" in r.toString() && "application/json" !in r.toString(), "toString names the headers, not their values: $r")
            assertEquals("raw", sent("workspaces.get").single().header("x-trace"), "options apply to the raw form too")

            val page = c.withRawResponse.trainings.list(limit = 1)
            assertEquals(1, page.data.items.size)
            assertEquals(1L, page.data.info.limit)
            assertEquals(200, page.status)
            assertEquals("1", page.header("x-limit"))
            assertEquals(page.data.info.total.toString(), page.header("x-total"))
            assertNotNull(page.requestId)
            assertTrue(page.data.hasNextPage)

            // A failed call is the same exception as without the raw form.
            assertFailsWith<ApiException> { c.withRawResponse.workspaces.get("0000000000000000000000aa") }
        }
    }

    private companion object {
        /** The seeded demo workspace (`crates/emulator/src/seed.rs`). */
        const val DEMO_WORKSPACE = "6571f2b1e4b0a1a2b3c4d5e6"
    }
}
