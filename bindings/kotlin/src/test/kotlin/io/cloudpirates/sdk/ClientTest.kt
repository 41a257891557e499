package io.cloudpirates.sdk

import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.withTimeoutOrNull
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds
import kotlin.time.measureTime

/** Client behaviour against the emulator: CRUD, errors, pagination, consistency, cancellation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientTest {
    private val emu = Emulator.start(lagMs = 0)

    @AfterAll
    fun stop() = emu.close()

    @BeforeEach
    fun reset() = emu.reset()

    private fun key(): String = "kt" + System.nanoTime().toString(36).takeLast(10)

    @Test
    fun `construction, toString without secrets, Closeable`() {
        CloudPiratesClient(apiKey = emu.apiKey, baseUrl = emu.baseUrl).use { c ->
            assertFalse(emu.apiKey in c.toString(), c.toString())
            assertTrue("api_key" in c.toString())
            assertEquals(emu.baseUrl.trimEnd('/'), c.baseUrl.trimEnd('/'))
        }
        val e = assertFailsWith<InvalidRequestException> { CloudPiratesClient(apiKey = "k", baseUrl = "http://example.com/v1") }
        assertEquals("InvalidRequestError", e.className)
        assertFailsWith<InvalidRequestException> { CloudPiratesClient(apiKey = "k", accessToken = "t") }
        assertFailsWith<InvalidRequestException> { CloudPiratesClient(apiKey = "bad key") }
    }

    @Test
    fun `workspace lifecycle and member role update`(): Unit = runBlocking {
        emu.client().use { c ->
            val ws = c.workspaces.create(workspaceName = "Kotlin", workspaceKey = key())
            assertEquals("Kotlin", c.workspaces.get(ws.workspaceId).workspaceName)
            assertEquals("Renamed", c.workspaces.rename(ws.workspaceId, workspaceName = "Renamed").workspaceName)
            c.workspaces.delete(ws.workspaceId)
            // This API answers 403 for a workspace that is gone (the caller is no member of it).
            assertFailsWith<PermissionDeniedException> { c.workspaces.get(ws.workspaceId) }

            val demo = c.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
            val viewer = c.workspaces.members.list(demo).items.first { it.role == WorkspaceMemberRole.VIEWER }
            val updated = c.workspaces.members.updateRole(demo, viewer.workspaceMemberId!!, role = WorkspaceMemberRole.MEMBER)
            assertEquals(WorkspaceMemberRole.MEMBER, updated.role)
            c.workspaces.members.updateRole(demo, viewer.workspaceMemberId!!, WorkspaceMemberRole.VIEWER)
        }
    }

    @Test
    fun `errors map to the sealed hierarchy with details`(): Unit = runBlocking {
        emu.client().use { c ->
            val demo = c.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
            val nf = assertFailsWith<NotFoundException> { c.clusters.get(demo, "000000000000000000000000") }
            assertEquals(404, nf.status)
            assertEquals("NotFoundError", nf.className)
            assertTrue(nf.attempts >= 1)

            val bad = assertFailsWith<BadRequestException> { c.workspaces.create(workspaceName = "x", workspaceKey = "Not A Key!") }
            assertEquals(400, bad.status)
            assertTrue(bad.validationErrors.isNotEmpty() || bad.businessError != null, bad.toString())

            val wsId = c.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
            val gone = assertFailsWith<NotFoundException> {
                c.workspaces.members.updateRole(wsId, "000000000000000000000000", WorkspaceMemberRole.MEMBER)
            }
            assertEquals(404, gone.status)
        }
        CloudPiratesClient(apiKey = "cpk_wrong_key_000000", baseUrl = emu.baseUrl).use { c ->
            val e = assertFailsWith<AuthenticationException> { c.auth.me() }
            assertEquals(401, e.status)
            assertFalse("cpk_wrong_key_000000" in (e.message ?: ""))
        }
        emu.client().use { c ->
            // API keys are refused on Bearer-only routes before anything is sent.
            val e = assertFailsWith<CloudPiratesException> { c.auth.sessions.list() }
            assertTrue(e is InvalidRequestException || e is PermissionDeniedException || e is AuthenticationException, e.className)
        }
    }

    @Test
    fun `rate limits and outcome-unknown writes`(): Unit = runBlocking {
        emu.configure("""{"faults":[{"kind":"429","every":1,"retry_after":120,"methods":"reads"}]}""")
        emu.client().use { c ->
            val e = assertFailsWith<RateLimitException> { c.trainings.list() }
            assertEquals(120.seconds, e.retryAfter)
        }
        emu.configure("""{"faults":[{"kind":"503","every":1,"methods":"writes","outcome":"applied"}]}""")
        emu.client().use { c ->
            val e = assertFailsWith<OutcomeUnknownException> { c.workspaces.create(workspaceName = "maybe", workspaceKey = key()) }
            assertTrue(e.mayHaveExecuted)
            assertEquals(1, e.attempts, "a POST that may have executed is never re-sent")
        }
    }

    @Test
    fun `pagination pages lazily through every item`(): Unit = runBlocking {
        emu.client().use { c ->
            val first = c.trainings.list(limit = 2)
            val total = first.info.total!!
            assertTrue(total > 2, "the seed has several trainings")
            assertEquals(2, first.items.size)
            assertEquals(2L, first.info.nextOffset)
            val all = c.trainings.listAll(pageSize = 25).toList()
            assertEquals(total.toInt(), all.size)
            assertEquals(all.size, all.toSet().size, "no item twice")
            assertEquals(3, c.trainings.listAll(pageSize = 2).take(3).toList().size)
            val last = c.trainings.list(limit = 2, offset = total - 1)
            assertEquals(1, last.items.size)
            assertFalse(last.hasNextPage)
        }
    }

    @Test
    fun `read-your-writes under lag`(): Unit = runBlocking {
        emu.configure("""{"lag_ms": 700}""")
        emu.client().use { c ->
            val ws = c.workspaces.create(workspaceName = "Laggy", workspaceKey = key())
            // The read model has not caught up, but this client wrote it: the core waits.
            assertEquals("Laggy", c.workspaces.get(ws.workspaceId).workspaceName)
        }
        emu.client(consistency = Consistency.EVENTUAL).use { c ->
            val ws = c.workspaces.create(workspaceName = "Eventual", workspaceKey = key())
            val e = assertFailsWith<CloudPiratesException> { c.workspaces.get(ws.workspaceId) }
            assertTrue(e is PermissionDeniedException || e is NotFoundException, e.className)
        }
        emu.client().use { c ->
            // A true 403/404 on something this client never touched comes back at once.
            val t = measureTime { assertFailsWith<PermissionDeniedException> { c.workspaces.get("0000000000000000000000aa") } }
            assertTrue(t < 500.milliseconds, "took $t")
        }
    }

    @Test
    fun `cancelling the coroutine cancels the native call`(): Unit = runBlocking {
        emu.configure("""{"faults":[{"kind":"slow","every":1,"delay_ms":5000,"methods":"reads"}]}""")
        emu.client().use { c ->
            val call = async(start = CoroutineStart.UNDISPATCHED) { c.trainings.list() }
            withTimeout(2.seconds) { while (c.inFlightCalls() == 0L) delay(10) }
            val t = measureTime {
                call.cancel()
                withTimeout(2.seconds) { while (c.inFlightCalls() != 0L) delay(10) }
            }
            assertTrue(call.isCancelled)
            assertEquals(0L, c.inFlightCalls(), "the Rust future was dropped")
            assertTrue(t < 1.seconds, "cancellation took $t")
            // A timeout through withTimeoutOrNull is the same cancellation.
            assertNull(withTimeoutOrNull(200.milliseconds) { c.trainings.list() })
            withTimeout(2.seconds) { while (c.inFlightCalls() != 0L) delay(10) }
        }
    }

    @Test
    fun `per-call options override the client`(): Unit = runBlocking {
        emu.configure("""{"faults":[{"kind":"slow","every":1,"delay_ms":3000,"methods":"reads"}]}""")
        emu.client().use { c ->
            val e = assertFailsWith<ApiTimeoutException> { c.trainings.list(options = RequestOptions(timeout = 300.milliseconds)) }
            assertEquals("APITimeoutError", e.className)
        }
    }

    @Test
    fun `bearer login through the client and waiters`(): Unit = runBlocking {
        CloudPiratesClient(baseUrl = emu.baseUrl).use { c ->
            assertEquals("none", c.credentialsKind)
            c.auth.login(emu.email, emu.password)
            assertEquals("bearer", c.credentialsKind)
            assertEquals(emu.email, c.auth.me().email)
            assertTrue(c.auth.sessions.listAll().toList().isNotEmpty())
            assertFalse(c.toString().contains("ey"), "no token in toString")
        }
        emu.client().use { c ->
            val ws = c.workspaces.create(workspaceName = "Waiter", workspaceKey = key())
            val json = c.waitFor("workspaces.get", listOf(ws.workspaceId), exists = true, maxWait = 5.seconds)
            assertTrue(json!!.contains(ws.workspaceId))
            val cluster = c.clusters.create(ws.workspaceId, clusterName = "waiter", clusterType = ClusterType.EXTERNAL)
            c.clusters.delete(ws.workspaceId, cluster.clusterId!!)
            assertNull(c.waitFor("clusters.get", listOf(ws.workspaceId, cluster.clusterId!!), exists = false, maxWait = 5.seconds))
        }
    }
}
