import Foundation

// `CloudPiratesError`, its `Kind`s and their fields are generated from tools/codegen/errors.yaml
// (Generated/ErrorClasses.swift); this file only builds them from what crosses the FFI: a
// class name and the core's record.

/// One AJV-style validation error of a 400.
public struct ValidationDetail: Sendable, Hashable {
    /// JSON pointer of the offending value (`""` for the root).
    public var instancePath: String
    /// Pointer into the schema that failed.
    public var schemaPath: String
    /// The JSON-Schema keyword (`required`, `enum`, `additionalProperties`, ...).
    public var keyword: String
    /// Keyword details as JSON text (`{"missingProperty":"name"}`).
    public var paramsJson: String
    /// Human-readable message.
    public var message: String
}

/// A business-rule 400: the field concerned and what the server expected.
public struct BusinessDetail: Sendable, Hashable {
    /// Values involved, as JSON text.
    public var paramsJson: String
    /// The field the rule concerns.
    public var path: String?
    /// What the server expected.
    public var expected: String?
}

private func text(_ v: JSONValue?) -> String? {
    if case let .string(s)? = v { return s }
    return nil
}

private func jsonText(_ v: JSONValue?) -> String {
    guard let v, let data = try? JSONEncoder().encode(v) else { return "null" }
    return String(decoding: data, as: UTF8.self)
}

func validationDetails(_ json: JSONValue?) -> [ValidationDetail] {
    guard case let .array(items)? = json else { return [] }
    return items.compactMap { item in
        guard case let .object(o) = item else { return nil }
        return ValidationDetail(instancePath: text(o["instancePath"]) ?? "", schemaPath: text(o["schemaPath"]) ?? "",
                                keyword: text(o["keyword"]) ?? "", paramsJson: jsonText(o["params"]), message: text(o["message"]) ?? "")
    }
}

func businessDetail(_ json: JSONValue?) -> BusinessDetail? {
    guard case let .object(o)? = json else { return nil }
    return BusinessDetail(paramsJson: jsonText(o["params"]), path: text(o["path"]), expected: text(o["expected"]))
}

extension CloudPiratesError: CustomStringConvertible {
    public var description: String { "\(className): \(detail)" }

    /// True for `.internalServer` and its subclass `.notImplemented` (a 501).
    public var isInternalServer: Bool { kind.isA(.internalServer) }

    init(record: ErrorRecord) {
        self.kind = Kind(rawValue: record.className) ?? .api
        self.record = record
    }

    /// An error the wrapper raises itself (a body it cannot serialise, a response its model does not fit).
    init(kind: Kind, detail: String) {
        self.init(record: ErrorRecord(className: kind.rawValue, kind: kind == .responseDecode ? "Decode" : "InvalidInput", message: detail))
    }

    /// The uniffi error: a class name and the core's record.
    init(_ e: FfiError) {
        switch e {
        case let .Failed(className, recordJson):
            if let r = try? JSONDecoder().decode(ErrorRecord.self, from: Data(recordJson.utf8)) {
                self.init(record: r)
            } else {
                self.init(record: ErrorRecord(className: className, kind: "Api", message: "\(className) (an unreadable error record)"))
            }
        }
    }

    /// Anything else the uniffi library throws: its own error for a Rust panic it caught (the
    /// library guards its calls itself, so this is a last resort). An `.api` error whose
    /// outcome is unknown, as the library's guard gives.
    static func panicked(_ error: Error) -> CloudPiratesError {
        CloudPiratesError(record: ErrorRecord(
            className: Kind.api.rawValue, kind: "Api",
            message: "internal error in the CloudPirates SDK (a Rust panic: \(error)); the call was abandoned and a write may have been sent. Please report it.",
            mayHaveExecuted: true))
    }
}
