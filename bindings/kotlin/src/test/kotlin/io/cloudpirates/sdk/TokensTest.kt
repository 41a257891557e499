package io.cloudpirates.sdk

import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.util.Base64
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration

/**
 * Consistency tokens (issue 21) over real HTTP, against an emulator whose read model lags
 * 500 ms: a token carries read-your-writes from one client to another (per call, per write
 * through the raw response, merged), a signed client refuses what is not signed with its key,
 * bad tokens are [InvalidRequestException]s, and a bad per-call token sends nothing (the
 * emulator's request journal). Every check is the Rust core's; these prove they reach Kotlin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensTest {
    private val emu = Emulator.start(lagMs = 500)

    @AfterAll
    fun stop() = emu.close()

    @BeforeEach
    fun reset() = emu.reset()

    private fun key() = "tok" + System.nanoTime().toString(36).takeLast(10)

    private fun token(t: String) = RequestOptions(consistencyToken = t)

    /** A token written by hand in the documented format (`cpt1.` + base64url JSON, no padding). */
    private fun forged(json: String) = "cpt1." + Base64.getUrlEncoder().withoutPadding().encodeToString(json.toByteArray())

    private fun sent(op: String) = emu.journal().filter { it["operation"]?.jsonPrimitive?.content == op }

    private fun assertLag(e: CloudPiratesException) =
        assertTrue(e is NotFoundException || e is PermissionDeniedException, "expected the lag's 404/403, got ${e.className}: ${e.detail}")

    @Test
    fun `a token lets an eventual client read another client's new workspace at once`(): Unit = runBlocking {
        emu.client().use { writer ->
            emu.client(Consistency.EVENTUAL).use { reader ->
                val ws = writer.workspaces.create(workspaceName = "Tok", workspaceKey = key())
                // Without the token the other client meets the lag.
                assertLag(assertFailsWith<CloudPiratesException> { reader.workspaces.get(ws.workspaceId) })
                val t = writer.consistencyToken()
                assertTrue(t.startsWith("cpt1.") && t.all { it.isLetterOrDigit() || it in "-_." }, "URL-safe: $t")
                // With it (per call) the eventual client rides the lag out.
                val r = reader.withRawResponse.workspaces.get(ws.workspaceId, options = token(t))
                assertEquals(ws.workspaceKey, r.data.workspaceKey)
                assertTrue(r.waited > Duration.ZERO || r.attempts > 1, "the core waited for the write: $r")
                assertNull(r.consistencyToken, "a read names no write")
                // The option is per call: the next read without it does not wait.
                val other = writer.workspaces.create(workspaceName = "Tok", workspaceKey = key())
                assertLag(assertFailsWith<CloudPiratesException> { reader.workspaces.get(other.workspaceId) })
            }
        }
    }

    @Test
    fun `the raw response of a write carries the token of that write alone`(): Unit = runBlocking {
        emu.client().use { writer ->
            emu.client(Consistency.EVENTUAL).use { reader ->
                writer.workspaces.create(workspaceName = "Earlier", workspaceKey = key())
                val r = writer.withRawResponse.workspaces.create(workspaceName = "Tok", workspaceKey = key())
                val t = assertNotNull(r.consistencyToken, "a write's raw response carries its token")
                assertTrue(t.length < writer.consistencyToken().length, "this write alone, not the client's two")
                assertFalse(t in r.toString(), "toString hides the token: $r")
                assertTrue("consistencyToken=${Redaction.MARKER}" in r.toString(), r.toString())
                assertEquals(r.data.workspaceId, reader.workspaces.get(r.data.workspaceId, options = token(t)).workspaceId)
                // Options carry it to every page of a list too (the workspace's members, below the written path).
                val members = reader.workspaces.members.listAll(r.data.workspaceId, options = token(t)).toList()
                assertEquals(1, members.size)
                // Old constructor forms still compile and carry no token; toString hides a token.
                assertNull(RequestOptions(null, null, null).consistencyToken)
                assertNull(RequestOptions(null, null, Consistency.EVENTUAL, mapOf("X-A" to "b")).consistencyToken)
                assertFalse(t in token(t).toString(), token(t).toString())
            }
        }
    }

    @Test
    fun `a merged token makes every later read of a client wait`(): Unit = runBlocking {
        emu.client().use { writer ->
            emu.client(Consistency.EVENTUAL).use { reader ->
                val ws = writer.workspaces.create(workspaceName = "Merge", workspaceKey = key())
                val cl = writer.clusters.create(ws.workspaceId, clusterName = "c", clusterType = ClusterType.EXTERNAL)
                assertLag(assertFailsWith<CloudPiratesException> { reader.workspaces.get(ws.workspaceId) })
                reader.mergeConsistencyToken(writer.consistencyToken())
                assertEquals(ws.workspaceId, reader.workspaces.get(ws.workspaceId).workspaceId)
                assertEquals(cl.clusterId, reader.clusters.get(ws.workspaceId, cl.clusterId!!).clusterId)
                assertEquals(1, reader.workspaces.members.list(ws.workspaceId).items.size)
            }
        }
    }

    @Test
    fun `a signed client refuses tokens not signed with its key`(): Unit = runBlocking {
        val secret = "app-secret-kt"
        emu.client(consistencyTokenKey = secret).use { writer ->
            emu.client(Consistency.EVENTUAL, consistencyTokenKey = secret).use { reader ->
                emu.client(consistencyTokenKey = "another-key").use { foreign ->
                    val ws = writer.workspaces.create(workspaceName = "Signed", workspaceKey = key())
                    val t = writer.consistencyToken()
                    assertEquals(2, t.count { it == '.' }, "cpt1.<payload>.<signature>: $t")
                    assertFalse(secret in writer.toString(), writer.toString())
                    // The same key: accepted, per call and merged.
                    assertEquals(ws.workspaceId, reader.workspaces.get(ws.workspaceId, options = token(t)).workspaceId)
                    reader.mergeConsistencyToken(t)

                    val unsigned = t.substringBeforeLast('.')
                    val e = assertFailsWith<InvalidRequestException> { reader.mergeConsistencyToken(unsigned) }
                    assertEquals("InvalidRequestError", e.className)
                    assertTrue("not signed" in e.detail, e.detail)
                    val tampered = t.substring(0, 7) + (if (t[7] == 'A') 'B' else 'A') + t.substring(8)
                    assertFailsWith<InvalidRequestException> { reader.mergeConsistencyToken(tampered) }
                    val wrongKey = assertFailsWith<InvalidRequestException> { foreign.mergeConsistencyToken(t) }
                    assertTrue("does not match" in wrongKey.detail, wrongKey.detail)
                    for (x in listOf(e, wrongKey)) assertFalse(secret in x.detail || secret in x.toString(), x.toString())

                    // Per call, an unsigned token fails the call before anything is sent.
                    emu.clearJournal()
                    val perCall = assertFailsWith<InvalidRequestException> {
                        reader.workspaces.get(ws.workspaceId, options = token(unsigned))
                    }
                    assertEquals(0, perCall.attempts)
                    assertEquals(emptyList(), sent("workspaces.get"))
                }
            }
        }
    }

    @Test
    fun `garbage and oversized tokens are InvalidRequestErrors naming the fault`(): Unit = runBlocking {
        emu.client().use { c ->
            val huge = "cpt1." + "A".repeat(2048)
            val bad = listOf("", "nope", "cpt1.", "cpt1.%%%", "cpt2.W10", forged("{}"), forged("""[["no-slash",1,"w",null]]"""), huge)
            for (t in bad) {
                val e = assertFailsWith<InvalidRequestException>(t.take(20)) { c.mergeConsistencyToken(t) }
                assertTrue(e.detail.startsWith("consistency token refused"), e.detail)
                assertFalse(e.mayHaveExecuted)
            }
            val e = assertFailsWith<InvalidRequestException> { c.mergeConsistencyToken(huge) }
            assertTrue("2053 bytes" in e.detail && "2048" in e.detail, e.detail)
            assertFalse("AAAAAAAA" in e.detail, "the token is never echoed")
            // An empty list of writes is a valid token.
            c.mergeConsistencyToken(forged("[]"))
        }
    }

    @Test
    fun `a bad per-call token sends nothing, for a read, a list and a write`(): Unit = runBlocking {
        emu.client().use { c ->
            emu.clearJournal()
            val opts = token(forged("""[["no-slash",1,"w",null]]"""))
            val read = assertFailsWith<InvalidRequestException> { c.workspaces.get(DEMO_WORKSPACE, options = opts) }
            assertEquals(0, read.attempts)
            assertFailsWith<InvalidRequestException> { c.trainings.listAll(pageSize = 5, options = token("garbage")).toList() }
            val write = assertFailsWith<InvalidRequestException> {
                c.workspaces.create(workspaceName = "Never", workspaceKey = key(), options = token("cpt1." + "A".repeat(3000)))
            }
            assertFalse(write.mayHaveExecuted, "a refused token means the write was never sent")
            val journal = emu.journal()
            assertEquals(emptyList(), journal, "nothing reached the server: $journal")
            // The same client still works, and a good token passes.
            assertEquals(DEMO_WORKSPACE, c.workspaces.get(DEMO_WORKSPACE, options = token(c.consistencyToken())).workspaceId)
            assertEquals(1, sent("workspaces.get").size)
        }
    }

    private companion object {
        /** The seeded demo workspace (`crates/emulator/src/seed.rs`). */
        const val DEMO_WORKSPACE = "6571f2b1e4b0a1a2b3c4d5e6"
    }
}
