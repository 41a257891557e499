import Foundation

/// A GET operation a waiter can poll, with the type it answers: the generated constants of
/// `Operations` (`Operations.workspacesGet`), for `CloudPiratesClient.waitFor(_:path:exists:maxWait:)`.
/// Only reads exist as constants, so a write cannot be passed by mistake.
public struct GetOperation<Value: Decodable & Sendable>: Sendable, CustomStringConvertible {
    /// The dotted id (`workspaces.get`), as `waitFor(operationId:...)` takes it.
    public let id: String
    /// The names of its path parameters, in the order `path` takes their values.
    public let pathParams: [String]

    init(id: String, pathParams: [String]) {
        self.id = id
        self.pathParams = pathParams
    }

    /// The dotted id.
    public var description: String { id }
}
