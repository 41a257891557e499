package io.cloudpirates.sdk

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.io.File
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds
import kotlin.time.measureTime

/**
 * Node to Kotlin, across processes (tests/cross/README.md): `node tests/cross/writer.mjs`
 * (the Node SDK built in bindings/node) makes 100 cycles of writes, 10 at a time, against an
 * emulator whose read model lags 500 ms, and prints each cycle's ids and consistency token;
 * this test is the reader, handling each line as it arrives, concurrently. Without the token an
 * eventual client meets the lag (`lagSeen`); with the token per call, the same eventual client
 * must see the invitation in the workspace and read the cluster (`errors` otherwise).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTest {
    private val emu = Emulator.start(lagMs = 500)

    @AfterAll
    fun stop() = emu.close()

    private val repo: File = File(System.getProperty("cloudpirates.repo") ?: error("system property cloudpirates.repo is not set (run through Maven)"))

    private class Tally {
        val cycles = AtomicInteger()
        val errors = AtomicInteger()
        val lagSeen = AtomicInteger()
        val problems = ConcurrentLinkedQueue<String>()

        fun fail(what: String) {
            errors.incrementAndGet()
            problems.add(what)
        }
    }

    /** The reader's job for one line of the writer. */
    private suspend fun handle(reader: CloudPiratesClient, text: String, tally: Tally): Unit = coroutineScope {
        val w: JsonObject = try {
            Json.parseToJsonElement(text).jsonObject
        } catch (e: Exception) {
            return@coroutineScope tally.fail("a line that is not the writer's: ${text.take(80)}")
        }
        fun field(k: String) = w[k]?.jsonPrimitive?.content
        val (ws, inv, cl, token) = listOf("workspaceId", "invitationId", "clusterId", "token").map(::field)
        if (ws == null || inv == null || cl == null || token == null) return@coroutineScope tally.fail("a line without ids or token: $text")
        tally.cycles.incrementAndGet()
        val tag = "cycle ${field("cycle")}"
        // 1. Without the token: an eventual client meets the lag.
        try {
            reader.workspaces.get(ws)
        } catch (e: NotFoundException) {
            tally.lagSeen.incrementAndGet()
        } catch (e: PermissionDeniedException) {
            tally.lagSeen.incrementAndGet()
        } catch (e: CloudPiratesException) {
            tally.fail("$tag: read without the token: ${e.className}: ${e.detail}")
        }
        // 2. With the token per call, on the same eventual client: both reads at once.
        val options = RequestOptions(consistencyToken = token)
        val workspace = async { runCatching { reader.workspaces.get(ws, options = options) } }
        val cluster = async { runCatching { reader.clusters.get(ws, cl, options = options) } }
        workspace.await().fold(
            { got ->
                if (got.openMemberInvitations.orEmpty().none { it.invitationId == inv }) {
                    tally.fail("$tag: workspaces.get with the token: invitation $inv not in openMemberInvitations")
                }
            },
            { e -> tally.fail("$tag: workspaces.get with the token: $e") },
        )
        cluster.await().onFailure { e -> tally.fail("$tag: clusters.get with the token: $e") }
    }

    @Test
    fun `a Node writer's tokens give a Kotlin eventual reader read-your-writes`(): Unit = runBlocking {
        val writer = File(repo, "tests/cross/writer.mjs")
        val sdk = File(repo, "bindings/node/dist/index.js")
        check(sdk.isFile) { "the Node SDK is not built ($sdk): run scripts/test-node.sh, or scripts/test-kotlin.sh which builds it" }
        val stderr = File.createTempFile("cross-writer", ".log").apply { deleteOnExit() }
        val tally = Tally()
        val took = measureTime {
            val pb = ProcessBuilder("node", writer.path)
                .directory(repo)
                .redirectError(stderr)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
            pb.environment().apply {
                keys.removeAll { it.startsWith("CLOUDPIRATES_") }
                put("CLOUDPIRATES_BASE_URL", emu.baseUrl)
                put("CLOUDPIRATES_API_KEY", emu.apiKey)
                put("CROSS_CYCLES", "100")
                put("CROSS_CONCURRENCY", "10")
            }
            val node = pb.start()
            try {
                emu.client(Consistency.EVENTUAL).use { reader ->
                    withTimeout(50.seconds) {
                        coroutineScope {
                            // Lines are handled as they arrive (the writer is still writing).
                            val lines = node.inputStream.bufferedReader()
                            while (true) {
                                val text = withContext(Dispatchers.IO) { lines.readLine() } ?: break
                                if (text.isBlank()) continue
                                launch { handle(reader, text, tally) }
                            }
                        }
                    }
                }
                assertTrue(node.waitFor(10, TimeUnit.SECONDS), "the writer did not exit")
                assertEquals(0, node.exitValue(), "the writer failed:\n${stderr.readText().take(4000)}")
            } finally {
                node.destroy()
            }
        }
        val summary = """{"cycles": ${tally.cycles}, "errors": ${tally.errors}, "lagSeen": ${tally.lagSeen}} in $took"""
        println("cross node->kotlin: $summary")
        assertTrue(tally.cycles.get() >= 100, summary)
        assertEquals(0, tally.errors.get(), "$summary\n" + tally.problems.take(10).joinToString("\n"))
        assertTrue(tally.lagSeen.get() > 0, "the lag was never seen without the token, so the token proved nothing: $summary")
        assertTrue(took < 50.seconds, "took $took")
    }
}
