package io.cloudpirates.sdk

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.util.logging.Handler
import java.util.logging.Level
import java.util.logging.LogRecord
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds

/** What the core decides for every binding, seen from Kotlin: waiters, paging, log lines. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BridgeTest {
    private val emu = Emulator.start(lagMs = 0)

    @AfterAll
    fun stop() = emu.close()

    @Test
    fun `a waiter on a write operation is refused before anything is sent`(): Unit = runBlocking {
        emu.reset()
        emu.client().use { c ->
            val writes = mapOf("workspaces.create" to emptyList(), "workspaces.delete" to listOf("w"), "workspaces.members.update_role" to listOf("w", "m"))
            for ((op, path) in writes) {
                val e = assertFailsWith<InvalidRequestException>(op) { c.waitFor(op, path, maxWait = 2.seconds) }
                assertTrue("write" in e.detail, e.detail)
                assertFalse(e.mayHaveExecuted)
            }
        }
        assertEquals(emptyMap(), emu.requests().filterValues { it > 0 }, "nothing reached the server")
    }

    @Test
    fun `paging is the core's - limit sent, an empty page ends the list`(): Unit = runBlocking {
        emu.reset()
        emu.client().use { c ->
            val past = c.workspaces.list(limit = 5, offset = 100_000L)
            assertTrue(past.items.isEmpty())
            assertEquals(null, past.info.nextOffset, "an empty page ends the list")
            assertFailsWith<InvalidRequestException> { c.workspaces.list(limit = 0) }
        }
    }

    @Test
    fun `the core's events are java-util-logging records of the logger cloudpirates`(): Unit = runBlocking {
        val records = java.util.Collections.synchronizedList(mutableListOf<LogRecord>())
        val handler = object : Handler() {
            override fun publish(r: LogRecord) { records += r }
            override fun flush() {}
            override fun close() {}
        }
        val logger = Logging.logger
        val before = logger.level
        logger.addHandler(handler)
        logger.level = Level.FINE
        try {
            emu.client().use { c ->
                c.workspaces.list()
                val lines = records.filter { "workspaces.list" in it.message }
                assertTrue(lines.isNotEmpty(), records.map { it.message }.toString())
                assertTrue(lines.all { it.level == Level.FINE && it.loggerName == "cloudpirates" })
                assertTrue(records.none { emu.apiKey in it.message })
                logger.level = Level.WARNING
                records.clear()
                c.workspaces.list()
                assertTrue(records.none { it.level == Level.FINE }, "FINE is off again: ${records.map { it.message }}")
            }
        } finally {
            logger.removeHandler(handler)
            logger.level = before
        }
    }
}
