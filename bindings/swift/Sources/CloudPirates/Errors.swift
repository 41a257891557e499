import Foundation

/// Every error of the SDK. `kind` is the error class shared by every language binding
/// (`className` gives its name, e.g. `BadRequestError`). Never holds a credential.
///
/// ```swift
/// do { try await client.workspaces.get(workspaceId: id) }
/// catch let e as CloudPiratesError where e.kind == .notFound { ... }
/// ```
public struct CloudPiratesError: Error, CustomStringConvertible, Sendable {
    /// The error classes, named as in the other languages.
    public enum Kind: String, Sendable, CaseIterable {
        /// 400: see `validationErrors` and `businessError`.
        case badRequest = "BadRequestError"
        /// 401.
        case authentication = "AuthenticationError"
        /// 403.
        case permissionDenied = "PermissionDeniedError"
        /// 404.
        case notFound = "NotFoundError"
        /// 409.
        case conflict = "ConflictError"
        /// 422.
        case unprocessableEntity = "UnprocessableEntityError"
        /// 429 that could not be waited out; see `retryAfter`.
        case rateLimit = "RateLimitError"
        /// 5xx (other than 501; see `isInternalServer`).
        case internalServer = "InternalServerError"
        /// 501: the server has no handler for this operation. A kind of `internalServer`:
        /// `isInternalServer` is true for both.
        case notImplemented = "NotImplementedError"
        /// A write may or may not have been applied; it was not re-sent. Re-read the state first.
        case outcomeUnknown = "OutcomeUnknownError"
        /// The request could not be sent, or the connection broke.
        case apiConnection = "APIConnectionError"
        /// The call's deadline passed.
        case apiTimeout = "APITimeoutError"
        /// The input or configuration was rejected before anything was sent.
        case invalidRequest = "InvalidRequestError"
        /// The response did not match the expected model.
        case responseDecode = "ResponseDecodeError"
        /// Any other error status.
        case api = "APIError"
    }

    public let kind: Kind
    /// What went wrong: the server's message or the SDK's description.
    public let detail: String
    /// HTTP status, when the server answered.
    public let status: Int?
    /// Raw response body, when there was one.
    public let body: String?
    /// `x-request-id` of the failing response.
    public let requestId: String?
    /// HTTP attempts made.
    public let attempts: Int
    /// Seconds slept between attempts.
    public let waited: TimeInterval
    /// Parsed validation errors of a 400.
    public let validationErrors: [ValidationDetail]
    /// Parsed business-rule details of a 400.
    public let businessError: BusinessDetail?
    /// The server's retry hint of a 429, in seconds.
    public let retryAfter: TimeInterval?
    /// True when a write may still be applied by the server.
    public let mayHaveExecuted: Bool

    /// The error class name shared by every language binding.
    public var className: String { kind.rawValue }

    /// True for `.internalServer` and its subclass `.notImplemented` (a 501), as
    /// `NotImplementedError` is a subclass of `InternalServerError` in the other languages.
    public var isInternalServer: Bool { kind == .internalServer || kind == .notImplemented }

    public var description: String { "\(className): \(detail)" }

    init(kind: Kind, detail: String) {
        self.init(kind: kind, status: nil, detail: detail, body: nil, requestId: nil, attempts: 0, waitedMs: 0,
                  validationErrors: [], businessError: nil, retryAfterMs: nil, mayHaveExecuted: false)
    }

    init(kind: Kind, status: Int32?, detail: String, body: String?, requestId: String?, attempts: Int32, waitedMs: Int64,
         validationErrors: [ValidationDetail], businessError: BusinessDetail?, retryAfterMs: Int64?, mayHaveExecuted: Bool) {
        self.kind = kind
        self.status = status.map(Int.init)
        self.detail = detail
        self.body = body
        self.requestId = requestId
        self.attempts = Int(attempts)
        self.waited = TimeInterval(waitedMs) / 1000
        self.validationErrors = validationErrors
        self.businessError = businessError
        self.retryAfter = retryAfterMs.map { TimeInterval($0) / 1000 }
        self.mayHaveExecuted = mayHaveExecuted
    }

    /// Maps the uniffi error enum (one case per class, the same fields in each).
    init(_ e: FfiError) {
        switch e {
        case let .BadRequest(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .badRequest, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .Authentication(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .authentication, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .PermissionDenied(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .permissionDenied, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .NotFound(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .notFound, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .Conflict(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .conflict, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .UnprocessableEntity(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .unprocessableEntity, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .RateLimit(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .rateLimit, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .InternalServer(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .internalServer, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .NotImplemented(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .notImplemented, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .OutcomeUnknown(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .outcomeUnknown, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .ApiConnection(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .apiConnection, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .ApiTimeout(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .apiTimeout, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .InvalidRequest(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .invalidRequest, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .ResponseDecode(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .responseDecode, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        case let .Api(s, d, b, r, a, w, v, be, ra, m):
            self.init(kind: .api, status: s, detail: d, body: b, requestId: r, attempts: a, waitedMs: w, validationErrors: v, businessError: be, retryAfterMs: ra, mayHaveExecuted: m)
        }
    }

    /// Anything else the uniffi library throws: its own error for a Rust panic it caught (the
    /// library guards its calls itself, so this is a last resort). An `.api` error whose
    /// outcome is unknown, as the library's guard gives.
    static func panicked(_ error: Error) -> CloudPiratesError {
        CloudPiratesError(kind: .api, status: nil,
                          detail: "internal error in the CloudPirates SDK (a Rust panic: \(error)); the call was abandoned and a write may have been sent. Please report it.",
                          body: nil, requestId: nil, attempts: 0, waitedMs: 0, validationErrors: [], businessError: nil,
                          retryAfterMs: nil, mayHaveExecuted: true)
    }
}
