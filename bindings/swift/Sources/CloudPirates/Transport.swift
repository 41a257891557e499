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
        do {
            return try await ffi.execute(
                operationId: operationId,
                path: path,
                query: query.map { QueryParam(name: $0.0, value: $0.1) },
                bodyJson: body,
                options: options?.ffi
            )
        } catch let e as FfiError {
            throw CloudPiratesError(e)
        }
    }

    func decode<T: Decodable>(_ operationId: String, _ resp: RawResponse, as type: T.Type) throws -> T {
        try decodeData(operationId, resp.body, empty: "{}", as: type)
    }

    /// Decodes the answer of a write whose documented response is a model. Servers answer
    /// writes in many shapes (the full resource, an empty body, `{}`, a 204, only the ids), so
    /// a missing field is never an error: fields the server left out are taken from the path
    /// parameters (`known`) and the request body when they share the field's name, and the
    /// models' decoders give any required field still missing its zero value. Only a body
    /// that is not JSON is a decode error.
    func decodeWrite<T: Decodable>(_ operationId: String, _ resp: RawResponse, as type: T.Type, known: [String: String], request: String?) throws -> T {
        let blank = resp.body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        var received: [String: Any] = [:]
        if !blank {
            guard let parsed = try? JSONSerialization.jsonObject(with: resp.body, options: [.fragmentsAllowed]) else {
                throw CloudPiratesError(kind: .responseDecode, detail: "\(operationId): the response is not JSON")
            }
            guard let object = parsed as? [String: Any] else {
                return try decodeData(operationId, resp.body, empty: "{}", as: type)
            }
            received = object
        }
        var merged = received
        if let request, let data = request.data(using: .utf8),
           let fields = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] {
            for (k, v) in fields where merged[k] == nil || merged[k] is NSNull {
                merged[k] = v
            }
        }
        for (k, v) in known where merged[k] == nil || merged[k] is NSNull {
            merged[k] = v
        }
        if let data = try? JSONSerialization.data(withJSONObject: merged),
           let value = try? JSONDecoder().decode(T.self, from: data) {
            return value
        }
        // A merged request value of another type than the response's field: decode as received.
        let data = (try? JSONSerialization.data(withJSONObject: received)) ?? Data("{}".utf8)
        return try decodeData(operationId, data, empty: "{}", as: type)
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

    func page<T: Decodable & Sendable>(
        _ operationId: String, path: [String], query: [(String, String)], paged: Bool,
        limit: Int?, offset: Int64?, as type: T.Type, options: RequestOptions?
    ) async throws -> Page<T> {
        var q = query
        if paged {
            if let limit { q.append(("limit", String(limit))) }
            if let offset { q.append(("offset", String(offset))) }
        }
        let resp = try await execute(operationId, path: path, query: q, body: nil, options: options)
        let items = try decodeData(operationId, resp.body, empty: "[]", as: [T].self)
        var info = resp.page ?? PageInfo(total: nil, limit: nil, offset: nil, nextOffset: nil, linkFirst: nil, linkPrev: nil, linkNext: nil, linkLast: nil)
        if items.isEmpty { info.nextOffset = nil }
        return Page(items: items, info: info)
    }

    /// Paginated operations always send `limit`/`offset`; the others send an offset only
    /// when the server's headers announced a further page.
    func pages<T: Decodable & Sendable>(
        _ operationId: String, path: [String], query: [(String, String)], paged: Bool,
        pageSize: Int?, as type: T.Type, options: RequestOptions?
    ) -> PageSequence<T> {
        let query = query.map { Pair(name: $0.0, value: $0.1) }
        return PageSequence { [self] offset in
            var q = query.map { ($0.name, $0.value) }
            if paged || offset > 0 {
                if let pageSize { q.append(("limit", String(pageSize))) }
                q.append(("offset", String(offset)))
            }
            return try await self.page(operationId, path: path, query: q, paged: false, limit: nil, offset: nil, as: type, options: options)
        }
    }

    private struct Pair: Sendable {
        let name: String
        let value: String
    }
}
