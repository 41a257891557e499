package io.cloudpirates.sdk

import io.cloudpirates.sdk.ffi.LogLevel
import io.cloudpirates.sdk.ffi.LogSink
import io.cloudpirates.sdk.ffi.installLogSink
import io.cloudpirates.sdk.ffi.setLogLevel
import java.util.logging.Level
import java.util.logging.Logger

/**
 * The Rust core's log events, as `java.util.logging` records of the logger `cloudpirates`
 * (retries, consistency waits and session refreshes at INFO, one line per request and response
 * at FINE, problems at WARNING/SEVERE); SLF4J/Logback users route them with `jul-to-slf4j`,
 * Android shows them in logcat. Lines read `retrying op="workspaces.get" retry=1 delay_ms=200`;
 * a field whose name is secret never shows its value. Configure the logger as usual
 * (`Logger.getLogger("cloudpirates").level = Level.FINE`): its level is read at every call.
 */
public object Logging {
    /** The logger every line goes to. */
    public val logger: Logger = Logger.getLogger("cloudpirates")

    @Volatile private var forwarded: LogLevel? = null
    @Volatile private var installed = false

    private object Sink : LogSink {
        override fun log(level: LogLevel, target: String, message: String) {
            logger.logp(level.jul, target, null, message)
        }
    }

    private val LogLevel.jul: Level
        get() = when (this) {
            LogLevel.ERROR -> Level.SEVERE
            LogLevel.WARN -> Level.WARNING
            LogLevel.INFO -> Level.INFO
            LogLevel.DEBUG -> Level.FINE
            LogLevel.TRACE -> Level.FINEST
        }

    /** The most verbose level the logger takes now (null: none). */
    private fun wanted(): LogLevel? = LogLevel.values().lastOrNull { logger.isLoggable(it.jul) }

    internal fun install() {
        if (installed) return
        synchronized(this) {
            if (installed) return
            forwarded = wanted()
            installLogSink(Sink, forwarded)
            installed = true
        }
    }

    /** Tells the core when the logger's level changed (cheap when it did not). */
    internal fun refresh() {
        val now = wanted()
        if (now != forwarded) {
            forwarded = now
            setLogLevel(now)
        }
    }
}
