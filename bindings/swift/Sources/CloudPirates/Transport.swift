import Foundation

/// The one path every generated method takes: serialise, call the uniffi library's generic
/// `execute`, map errors, decode. Knows no HTTP (the Rust core does).
final class Transport: @unchecked Sendable {
    let ffi: FfiClient

    init(ffi: FfiClient) {
        self.ffi = ffi
    }

    private static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }

    func encode<T: Encodable>(_ value: T) throws -> String {
        do {
            let data = try Self.encoder().encode(value)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw CloudPiratesError(kind: .invalidRequest, detail: "the request body cannot be serialised")
        }
    }

    func execute(_ operationId: String, path: [String], query: [(String, String)], body: String?, options: RequestOptions?) async throws -> RawResponse {
        try await call {
            try await self.ffi.execute(
                operationId: operationId,
                path: path,
                query: query.map { QueryParam(name: $0.0, value: $0.1) },
                bodyJson: body,
                options: RequestOptions.ffi(options, raw: $0)
            )
        }
    }

    /// Sends one call. Inside `withResponse` (a `RawCapture` in the task) the library is asked
    /// for the answer's headers and the response is kept for the caller.
    private func call(_ send: (Bool) async throws -> RawResponse) async throws -> RawResponse {
        let capture = RawCapture.current
        do {
            let resp = try await send(capture != nil)
            capture?.keep(resp)
            return resp
        } catch let e as FfiError {
            throw CloudPiratesError(e)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw CloudPiratesError.panicked(error)
        }
    }

    /// Test-only: a Rust panic inside an async call (`guarded`: inside the panic guard every
    /// call runs in; otherwise caught by uniffi itself). Either way the caller gets `.api`.
    static func panicForTests(guarded: Bool) async throws {
        do {
            try await CloudPirates.panicForTests(guarded: guarded)
        } catch let e as FfiError {
            throw CloudPiratesError(e)
        } catch {
            throw CloudPiratesError.panicked(error)
        }
    }

    /// Decodes a response. A 2xx write whose documented answer is a model arrives completed by
    /// the core (request and path fields, zero values, the id looked up): it always decodes.
    func decode<T: Decodable>(_ operationId: String, _ resp: RawResponse, as type: T.Type) throws -> T {
        try decodeData(operationId, resp.body, empty: "{}", as: type)
    }

    private func decodeData<T: Decodable>(_ operationId: String, _ body: Data, empty: String, as type: T.Type) throws -> T {
        let blank = body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let data = blank ? Data(empty.utf8) : body
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            // The decoder's message may quote the input (a token, say): report only the shape.
            throw CloudPiratesError(kind: .responseDecode, detail: "\(operationId): the response does not match the expected model")
        }
    }

    /// One page: the core decides which of `limit`/`offset` are sent and the next offset.
    func page<T: Decodable & Sendable>(
        _ operationId: String, path: [String], query: [(String, String)],
        limit: Int?, offset: Int64?, as type: T.Type, options: RequestOptions?
    ) async throws -> Page<T> {
        let resp = try await call {
            try await self.ffi.listPage(operationId: operationId, path: path, query: query.map { QueryParam(name: $0.0, value: $0.1) },
                                        limit: limit.map { Int32(clamping: $0) }, offset: offset, options: RequestOptions.ffi(options, raw: $0))
        }
        let items = try decodeData(operationId, resp.body, empty: "[]", as: [T].self)
        let info = resp.page ?? PageInfo(total: nil, limit: nil, offset: nil, nextOffset: nil, linkFirst: nil, linkPrev: nil, linkNext: nil, linkLast: nil)
        return Page(items: items, info: info)
    }

    /// Every item, one page at a time, until the core says the list has ended.
    func pages<T: Decodable & Sendable>(
        _ operationId: String, path: [String], query: [(String, String)],
        pageSize: Int?, as type: T.Type, options: RequestOptions?
    ) -> PageSequence<T> {
        let query = query.map { Pair(name: $0.0, value: $0.1) }
        return PageSequence { [self] offset in
            try await self.page(operationId, path: path, query: query.map { ($0.name, $0.value) }, limit: pageSize, offset: offset, as: type, options: options)
        }
    }

    private struct Pair: Sendable {
        let name: String
        let value: String
    }

    /// Runs `block` (one call of a generated method) and returns its value with that call's
    /// response: the one call path, asked for the headers only here.
    func withResponse<T>(_ block: () async throws -> T) async throws -> APIResponse<T> {
        let capture = RawCapture()
        let value = try await RawCapture.$current.withValue(capture) { try await block() }
        guard let r = capture.response else {
            throw CloudPiratesError(kind: .invalidRequest, detail: "withRawResponse: the call made no request")
        }
        var headers: [String: [String]] = [:]
        for h in r.headers ?? [] { headers[h.name, default: []].append(h.value) }
        return APIResponse(data: value, status: Int(r.status), headers: headers, requestId: r.requestId,
                           attempts: Int(r.attempts), waited: TimeInterval(r.waitedMs) / 1000,
                           consistencyToken: r.consistencyToken)
    }
}

/// Marks a task whose SDK call should keep its response (`Transport.withResponse`).
final class RawCapture: @unchecked Sendable {
    /// The capture of the current task, if any.
    @TaskLocal static var current: RawCapture?

    private let lock = NSLock()
    private var kept: RawResponse?

    /// The response of the last call made under this capture.
    var response: RawResponse? {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }

    func keep(_ resp: RawResponse) {
        lock.lock()
        kept = resp
        lock.unlock()
    }
}
