import Foundation

/// How a call treats the API's read-model lag.
public enum Consistency: String, Sendable, CaseIterable {
    /// A read of something this client wrote recently rides out a 404/403 (default).
    case readYourWrites = "read_your_writes"
    /// Also waits out stale reads after this client's deletes and updates.
    case strong
    /// Never waits.
    case eventual
}

/// Per-call overrides of the client's settings; `nil` keeps the client's value.
public struct RequestOptions: Sendable, Hashable {
    /// Total deadline of the call, in seconds: every attempt, backoff and consistency wait.
    public var timeout: TimeInterval?
    /// Retries after the first attempt.
    public var maxRetries: Int?
    /// Consistency mode of the call.
    public var consistency: Consistency?

    public init(timeout: TimeInterval? = nil, maxRetries: Int? = nil, consistency: Consistency? = nil) {
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.consistency = consistency
    }

    var ffi: CallOptions {
        CallOptions(
            timeoutMs: timeout.map { Int64(($0 * 1000).rounded()) },
            maxRetries: maxRetries.map { Int32(clamping: $0) },
            consistency: consistency?.rawValue
        )
    }
}

/// One page of a list operation. `info` holds the server's counters and the next offset
/// (decided by the core).
public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    public let info: PageInfo

    /// True when a further page exists.
    public var hasNextPage: Bool { info.nextOffset != nil }
}

/// Every item of a list operation, fetching pages lazily as it is iterated:
/// `for try await member in client.workspaces.members.listAll(workspaceId: id) { ... }`.
/// Cancelling the iterating task cancels the page request in flight.
public struct PageSequence<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let fetch: @Sendable (Int64?) async throws -> Page<Item>

    public func makeAsyncIterator() -> Iterator {
        Iterator(fetch: fetch)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let fetch: @Sendable (Int64?) async throws -> Page<Item>
        var buffer: [Item] = []
        var index = 0
        var started = false
        var nextOffset: Int64?

        public mutating func next() async throws -> Item? {
            while true {
                if index < buffer.count {
                    index += 1
                    return buffer[index - 1]
                }
                if started && nextOffset == nil { return nil }
                try Task.checkCancellation()
                let page = try await fetch(nextOffset)
                started = true
                buffer = page.items
                index = 0
                nextOffset = page.info.nextOffset
            }
        }
    }
}
