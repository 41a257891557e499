package io.cloudpirates.sdk

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFalse

/**
 * Off Android the setup is a no-op: this JVM is not detected as Android, `init` does nothing
 * (no library loaded through JNI, no Context asked for) and clients work without it.
 */
class AndroidSetupTest {
    @Test
    fun `on a desktop JVM init does nothing and clients need no setup`(): Unit = runBlocking {
        assertFalse(CloudPiratesAndroid.isAndroid, "vendor ${System.getProperty("java.vm.vendor")}")
        assertFalse(CloudPiratesAndroid.init(Any()), "not a Context, but off Android it is never looked at")
        assertFalse(CloudPiratesAndroid.isInitialized)
        Emulator.start(lagMs = 0).use { emu ->
            emu.client().use { c -> assertEquals(emu.email, c.auth.me().email) }
        }
    }
}
