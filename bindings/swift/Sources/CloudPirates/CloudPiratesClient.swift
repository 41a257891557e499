import Foundation

/// The CloudPirates client:
/// `try await client.workspaces.members.updateRole(workspaceId: ws, workspaceMemberId: m, role: .viewer)`.
///
/// Every method is `async throws` (throwing `CloudPiratesError`); list operations have a
/// `...All()` form returning a `PageSequence`, an `AsyncSequence` that pages lazily.
/// Cancelling the calling task cancels the request in flight. The client rides out the API's
/// eventually consistent reads for its own writes, retries only what is safe, and refreshes
/// Bearer sessions (all in the Rust core). `description` never shows a credential.
///
/// Give either `apiKey` or `accessToken` (with an optional `refreshToken`), or neither for
/// the public routes and `auth.login` (whose tokens the client then adopts).
///
/// `consistencyTokenKey` (a secret shared by the apps that exchange tokens) signs this
/// client's `consistencyToken()`s, and makes it refuse any token not signed with the same key.
public final class CloudPiratesClient: CloudPiratesServices, CustomStringConvertible {
    /// Version of this SDK.
    public static let version = "0.1.0"

    /// A client; every argument is optional and checked by the Rust core.
    public convenience init(
        apiKey: String? = nil,
        baseUrl: String? = nil,
        accessToken: String? = nil,
        refreshToken: String? = nil,
        timeout: TimeInterval? = nil,
        maxRetries: Int? = nil,
        consistency: Consistency? = nil,
        consistencyTokenKey: String? = nil
    ) throws {
        try self.init(apiKey: apiKey, baseUrl: baseUrl, accessToken: accessToken, refreshToken: refreshToken,
                      timeout: timeout, maxRetries: maxRetries, consistency: consistency,
                      consistencyTokenKey: consistencyTokenKey, useEnv: false)
    }

    init(apiKey: String?, baseUrl: String?, accessToken: String?, refreshToken: String?, timeout: TimeInterval?,
         maxRetries: Int?, consistency: Consistency?, consistencyTokenKey: String? = nil, useEnv: Bool) throws {
        CloudPiratesLogging.install()
        let config = ClientConfig(
            apiKey: apiKey,
            accessToken: accessToken,
            refreshToken: refreshToken,
            baseUrl: baseUrl,
            timeoutMs: timeout.map { Int64(($0 * 1000).rounded()) },
            connectTimeoutMs: nil,
            maxRetries: maxRetries.map { Int32(clamping: $0) },
            consistency: consistency?.rawValue,
            userAgentSuffix: nil,
            binding: "swift",
            useEnv: useEnv,
            consistencyTokenKey: consistencyTokenKey
        )
        let ffi: FfiClient
        do {
            ffi = try FfiClient(config: config)
        } catch let e as FfiError {
            throw CloudPiratesError(e)
        }
        let transport = Transport(ffi: ffi)
        withRawResponse = RawCloudPiratesServices(transport: transport)
        super.init(transport: transport)
    }

    /// The same operations, each returning its value with the response it came from
    /// (`APIResponse`: status, headers, request id, attempts, time waited):
    /// `try await client.withRawResponse.workspaces.get(workspaceId: id).requestId`. For a list,
    /// the page and that page's response. The calls are the plain methods' own (same options,
    /// same client); only these ask the native library for the answer's headers.
    public let withRawResponse: RawCloudPiratesServices

    /// A client from `CLOUDPIRATES_API_KEY` and `CLOUDPIRATES_BASE_URL` (both optional).
    public static func fromEnvironment() throws -> CloudPiratesClient {
        try CloudPiratesClient(apiKey: nil, baseUrl: nil, accessToken: nil, refreshToken: nil, timeout: nil,
                               maxRetries: nil, consistency: nil, useEnv: true)
    }

    /// The base URL in use (including `/v1`).
    public var baseUrl: String { transport.ffi.baseUrl() }

    /// `none`, `api_key` or `bearer`.
    public var credentialsKind: String { transport.ffi.credentialsKind() }

    /// A consistency token: this client's recent writes (and those it merged), still inside the
    /// consistency window, as an opaque URL-safe string of at most 2 KB (no secret, no request
    /// value; signed with `consistencyTokenKey` when set). Hand it to another client, in any
    /// process or language, as `RequestOptions.consistencyToken` or through
    /// `mergeConsistencyToken(_:)`: its reads then ride out the lag of these writes.
    public func consistencyToken() -> String {
        transport.ffi.consistencyToken()
    }

    /// Merges a token from another client: every later read of this client rides out the lag
    /// of the writes it names, even when `.eventual`. Throws `.invalidRequest`
    /// (`InvalidRequestError`) for a malformed or oversized token, or, with
    /// `consistencyTokenKey`, one unsigned or not signed with that key.
    public func mergeConsistencyToken(_ token: String) throws {
        do { try transport.ffi.mergeConsistencyToken(token: token) } catch let e as FfiError { throw CloudPiratesError(e) }
    }

    /// Switches this client to an API key.
    public func useApiKey(_ apiKey: String) throws {
        do { try transport.ffi.setCredentials(apiKey: apiKey, accessToken: nil, refreshToken: nil) } catch let e as FfiError { throw CloudPiratesError(e) }
    }

    /// Switches this client to a Bearer session.
    public func useBearer(accessToken: String, refreshToken: String? = nil) throws {
        do { try transport.ffi.setCredentials(apiKey: nil, accessToken: accessToken, refreshToken: refreshToken) } catch let e as FfiError { throw CloudPiratesError(e) }
    }

    /// Polls a GET operation by id until the resource exists (returns its JSON) or, with
    /// `exists: false`, until it is gone (returns nil). For writes whose outcome is unknown.
    /// Only a read can be polled: the core refuses a write operation (`.invalidRequest`).
    public func waitFor(operationId: String, path: [String], exists: Bool = true, maxWait: TimeInterval? = nil) async throws -> Data? {
        try await poll(operationId, path: path, exists: exists, maxWait: maxWait)?.body
    }

    /// `waitFor` with a typed operation: `try await client.waitFor(Operations.workspacesGet, path: [id])`
    /// returns the `Workspace` once it exists (or, with `exists: false`, `nil` once it is gone).
    /// `path` holds the values of `operation.pathParams`, in order.
    public func waitFor<Value>(_ operation: GetOperation<Value>, path: [String], exists: Bool = true, maxWait: TimeInterval? = nil) async throws -> Value? {
        guard let resp = try await poll(operation.id, path: path, exists: exists, maxWait: maxWait) else { return nil }
        return try transport.decode(operation.id, resp, as: Value.self)
    }

    private func poll(_ operationId: String, path: [String], exists: Bool, maxWait: TimeInterval?) async throws -> RawResponse? {
        do {
            return try await transport.ffi.waitFor(operationId: operationId, path: path, query: [], exists: exists,
                                                   maxWaitMs: maxWait.map { Int64(($0 * 1000).rounded()) })
        } catch let e as FfiError {
            throw CloudPiratesError(e)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw CloudPiratesError.panicked(error)
        }
    }

    /// Calls whose native future is still alive (cancellation drops them).
    public var inFlightCalls: Int64 { transport.ffi.inFlightCalls() }

    public var description: String { "CloudPiratesClient(baseUrl: \(baseUrl), credentials: \(credentialsKind))" }
}
