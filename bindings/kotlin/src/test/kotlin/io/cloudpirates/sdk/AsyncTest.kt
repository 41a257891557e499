package io.cloudpirates.sdk

import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.util.concurrent.CancellationException
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds
import kotlin.time.measureTime

/**
 * The `CompletableFuture` forms (`client.async`): cancelling a future drops the native call,
 * closing the client cancels every pending future, and a future's error is the plain call's.
 * (JavaApiTest uses them from Java source.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncTest {
    private val emu = Emulator.start(lagMs = 0)

    @AfterAll
    fun stop() = emu.close()

    private suspend fun CloudPiratesClient.awaitInFlight(n: Long) =
        withTimeout(3.seconds) { while (inFlightCalls() != n) delay(10) }

    @Test
    fun `cancelling the future cancels the native call`(): Unit = runBlocking {
        emu.reset()
        emu.configure("""{"faults":[{"kind":"slow","every":1,"delay_ms":5000,"methods":"reads"}]}""")
        emu.client().use { c ->
            val f = c.async.trainings.list()
            c.awaitInFlight(1)
            val t = measureTime {
                assertTrue(f.cancel(true))
                c.awaitInFlight(0)
            }
            assertTrue(f.isCancelled)
            assertTrue(t < 1.seconds, "cancellation took $t")
        }
    }

    @Test
    fun `closing the client cancels its pending futures`(): Unit = runBlocking {
        emu.reset()
        emu.configure("""{"faults":[{"kind":"slow","every":1,"delay_ms":5000,"methods":"reads"}]}""")
        val c = emu.client()
        val f = c.async.trainings.list()
        c.awaitInFlight(1)
        c.close()
        val e = assertFailsWith<CancellationException> { f.get(3, TimeUnit.SECONDS) }
        assertTrue(f.isCancelled, "$e")
    }

    @Test
    fun `a future fails with the exception the suspend call throws`(): Unit = runBlocking {
        emu.reset()
        emu.configure("""{"faults":[{"kind":"slow","every":1,"delay_ms":3000,"methods":"reads"}]}""")
        emu.client().use { c ->
            val opts = RequestOptions.builder().timeout(java.time.Duration.ofMillis(300)).build()
            val e = assertFailsWith<ExecutionException> { c.async.trainings.list(options = opts).get(5, TimeUnit.SECONDS) }
            val cause = e.cause
            assertTrue(cause is ApiTimeoutException, "$cause")
            assertEquals("APITimeoutError", cause.className)
            val plain = assertFailsWith<ApiTimeoutException> { c.trainings.list(options = opts) }
            assertEquals(plain.className, cause.className)
        }
    }
}
