package io.cloudpirates.sdk

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds

/** Waiters take typed GET operations (`Operations.WORKSPACES_GET`) and still take the dotted id. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitersTest {
    // The read model lags: a waiter has to poll until the new workspace shows.
    private val emu = Emulator.start(lagMs = 300)

    @AfterAll
    fun stop() = emu.close()

    @Test
    fun `a typed waiter returns the model, the string form still works`(): Unit = runBlocking {
        emu.reset()
        assertEquals(listOf("workspaceId", "clusterId"), Operations.CLUSTERS_GET.pathParams)
        assertEquals("workspaces.get", Operations.WORKSPACES_GET.toString())
        emu.client().use { c ->
            val ws = c.workspaces.create(workspaceName = "Typed waiter", workspaceKey = "tw" + System.nanoTime().toString().takeLast(9))
            val before = emu.requests()["workspaces.get"] ?: 0L
            val got: Workspace? = c.waitFor(Operations.WORKSPACES_GET, listOf(ws.workspaceId), maxWait = 5.seconds)
            assertEquals(ws.workspaceId, assertNotNull(got).workspaceId)
            assertEquals("Typed waiter", got.workspaceName)
            assertTrue((emu.requests()["workspaces.get"] ?: 0L) - before > 1, "it polled through the lag")

            val members: List<WorkspaceMember>? = c.waitFor(Operations.WORKSPACES_MEMBERS_LIST, listOf(ws.workspaceId), maxWait = 5.seconds)
            assertTrue(assertNotNull(members).any { it.role == WorkspaceMemberRole.OWNER }, "$members")

            val cluster = c.clusters.create(ws.workspaceId, clusterName = "gone", clusterType = ClusterType.EXTERNAL)
            c.clusters.delete(ws.workspaceId, cluster.clusterId!!)
            assertNull(c.waitFor(Operations.CLUSTERS_GET, listOf(ws.workspaceId, cluster.clusterId!!), exists = false, maxWait = 5.seconds))

            val json = c.waitFor("workspaces.get", listOf(ws.workspaceId), maxWait = 5.seconds)
            assertTrue(assertNotNull(json).contains(ws.workspaceId))
        }
    }
}
