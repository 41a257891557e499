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

/// Per-call overrides of the client's settings; `nil` keeps the client's value. Options given
/// to a list's `...All()` form apply to every page it fetches.
public struct RequestOptions: Sendable, Hashable {
    /// Total deadline of the call, in seconds: every attempt, backoff and consistency wait.
    public var timeout: TimeInterval?
    /// Retries after the first attempt.
    public var maxRetries: Int?
    /// Consistency mode of the call.
    public var consistency: Consistency?
    /// Extra request headers, sent beside the client's own. The Rust core checks them before
    /// anything is sent: a header the client owns (`Authorization`, `Host`, `Content-Length`,
    /// `Content-Type`, hop-by-hop headers) or a malformed name or value fails the call with
    /// `.invalidRequest` naming the header. `description` hides secret-looking values.
    public var headers: [String: String]
    /// A consistency token from another client (`CloudPiratesClient.consistencyToken()`, or
    /// `APIResponse.consistencyToken` of one write; any process or language): this call rides
    /// out the lag of the writes it names, even on an `.eventual` client. The Rust core checks
    /// it when the call starts: a malformed, oversized or (with `consistencyTokenKey`) unsigned
    /// or tampered token fails the call with `.invalidRequest` before anything is sent.
    /// `description` hides it.
    public var consistencyToken: String?

    /// Options for one call; every argument is optional.
    public init(timeout: TimeInterval? = nil, maxRetries: Int? = nil, consistency: Consistency? = nil,
                headers: [String: String] = [:], consistencyToken: String? = nil) {
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.consistency = consistency
        self.headers = headers
        self.consistencyToken = consistencyToken
    }

    /// The library's options; `raw` asks for the answer's headers. Headers go in name order.
    func ffi(raw: Bool = false) -> CallOptions {
        CallOptions(
            timeoutMs: timeout.map { Int64(($0 * 1000).rounded()) },
            maxRetries: maxRetries.map { Int32(clamping: $0) },
            consistency: consistency?.rawValue,
            headers: headers.sorted { $0.key < $1.key }.map { HttpHeader(name: $0.key, value: $0.value) },
            raw: raw,
            consistencyToken: consistencyToken
        )
    }

    /// The library's options of a call that has `options` (or none), asking for the headers when `raw`.
    static func ffi(_ options: RequestOptions?, raw: Bool) -> CallOptions? {
        if options == nil && !raw { return nil }
        return (options ?? RequestOptions()).ffi(raw: raw)
    }
}

/// `print`, `String(reflecting:)` and `dump` show a secret-looking header's value and the
/// consistency token (`Redaction.isSecretName`) as `Redaction.marker`.
extension RequestOptions: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var customMirror: Mirror {
        let shown = headers.sorted { $0.key < $1.key }.map { ($0.key, Redaction.isSecretName($0.key) ? Redaction.marker : $0.value) }
        return Mirror(self, children: [
            "timeout": timeout as Any,
            "maxRetries": maxRetries as Any,
            "consistency": consistency as Any,
            "headers": Dictionary(uniqueKeysWithValues: shown) as Any,
            "consistencyToken": consistencyToken.map { Redaction.isSecretName("consistencyToken") ? Redaction.marker : $0 } as Any,
        ], displayStyle: .struct)
    }

    public var description: String { Redaction.describe("RequestOptions", customMirror) }

    public var debugDescription: String { description }
}

/// A value with the response it came from: `try await client.withRawResponse.workspaces.get(workspaceId: id)`.
/// For a list, `data` is the `Page` and the metadata is that page's response. `description`
/// names the headers, never their values.
public struct APIResponse<Value> {
    /// The parsed value, as the plain method returns it.
    public let data: Value
    /// HTTP status of the final answer.
    public let status: Int
    /// Headers of the final answer by lowercase name, values in the order received.
    public let headers: [String: [String]]
    /// `x-request-id`, when the server sent one.
    public let requestId: String?
    /// HTTP attempts made.
    public let attempts: Int
    /// Time slept between attempts (backoff, `Retry-After`, consistency waits), in seconds.
    public let waited: TimeInterval
    /// The consistency token of this write alone (hand it to another client as
    /// `RequestOptions.consistencyToken`); `nil` for a read or for a write the core could not
    /// record. `description` hides it.
    public let consistencyToken: String?

    /// The parsed value (the same as `data`).
    public func parse() -> Value { data }

    /// The first value of the header `name` (any case), or `nil`.
    public func header(_ name: String) -> String? { headers[name.lowercased()]?.first }
}

extension APIResponse: Sendable where Value: Sendable {}

/// The header names only, never their values; the consistency token as `Redaction.marker`.
extension APIResponse: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: [
            "status": status,
            "requestId": requestId as Any,
            "attempts": attempts,
            "waited": waited,
            "headers": headers.keys.sorted(),
            "consistencyToken": consistencyToken.map { Redaction.isSecretName("consistencyToken") ? Redaction.marker : $0 } as Any,
            "data": data as Any,
        ], displayStyle: .struct)
    }

    public var description: String { Redaction.describe("APIResponse", customMirror) }

    public var debugDescription: String { description }
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
