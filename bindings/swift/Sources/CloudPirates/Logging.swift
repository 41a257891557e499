import Foundation
#if canImport(os)
import os
#endif

/// The Rust core's log events: retries, consistency waits and session refreshes at `.info`,
/// one line per request and response at `.debug`, problems at `.warn`/`.error`. Lines read
/// `retrying op="workspaces.get" retry=1 delay_ms=200`; a field whose name is secret never
/// shows its value. By default they go to the unified logging system (`os.Logger`, subsystem
/// `io.cloudpirates.sdk`, category `cloudpirates`; standard error where `os` is missing), up to
/// `.info`. Set `level` (`.debug`, or `nil` for none) and `handler` to route them elsewhere.
public enum CloudPiratesLogging {
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var level: LogLevel? = .info
        var handler: (@Sendable (LogLevel, String) -> Void)?
        var installed = false

        func locked<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }
    }

    private static let state = State()

    /// The most verbose level forwarded; `nil` forwards nothing. Default `.info`.
    public static var level: LogLevel? {
        get { state.locked { state.level } }
        set {
            state.locked { state.level = newValue }
            setLogLevel(level: newValue)
        }
    }

    /// Receives every line instead of `os.Logger` when set.
    public static var handler: (@Sendable (LogLevel, String) -> Void)? {
        get { state.locked { state.handler } }
        set { state.locked { state.handler = newValue } }
    }

    static func install() {
        let first: Bool = state.locked {
            defer { state.installed = true }
            return !state.installed
        }
        if first { installLogSink(sink: Forwarder(), level: level) }
    }

    private final class Forwarder: LogSink, @unchecked Sendable {
        #if canImport(os)
        let logger = Logger(subsystem: "io.cloudpirates.sdk", category: "cloudpirates")
        #endif

        func log(level: LogLevel, target: String, message: String) {
            if let handler = CloudPiratesLogging.handler {
                handler(level, message)
                return
            }
            #if canImport(os)
            switch level {
            case .error: logger.error("\(message, privacy: .public)")
            case .warn: logger.warning("\(message, privacy: .public)")
            case .info: logger.info("\(message, privacy: .public)")
            case .debug, .trace: logger.debug("\(message, privacy: .public)")
            }
            #else
            FileHandle.standardError.write(Data("[\(target)] \(level): \(message)\n".utf8))
            #endif
        }
    }
}
