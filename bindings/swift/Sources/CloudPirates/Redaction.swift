import Foundation

/// How secrets print. The generated models whose fields the API description marks `x-secret`
/// (tokens, passwords, API keys, verification codes, the signed PDF URL) implement
/// `description`, `debugDescription` and `customMirror` (what `print`, `String(reflecting:)`,
/// `dump` and the debugger show) with `Redaction.marker` in place of each secret value, the
/// marker the Rust core's `Debug` uses. The values themselves stay readable as properties.
public enum Redaction {
    /// What a model's description shows instead of a secret value.
    public static let marker = "[REDACTED]"

    /// True for a field name that holds a secret: the core's one rule, the same in every language.
    public static func isSecretName(_ name: String) -> Bool {
        CloudPirates.isSecretName(name: name)
    }

    /// Stands for a secret value in a mirror: prints as the bare marker.
    struct Marked: CustomStringConvertible, CustomDebugStringConvertible, Sendable {
        var description: String { Redaction.marker }
        var debugDescription: String { Redaction.marker }
    }

    /// A required secret.
    static var hidden: Marked { Marked() }

    /// An optional secret: `nil` stays `nil`, a value becomes the marker.
    static func hiddenIfPresent<T>(_ value: T?) -> Marked? {
        value == nil ? nil : Marked()
    }

    /// `Name(field: value, ...)` from a mirror, the format Swift prints structs in.
    static func describe(_ name: String, _ mirror: Mirror) -> String {
        let fields = mirror.children.map { child in
            "\(child.label ?? "_"): \(String(reflecting: child.value))"
        }
        return "\(name)(\(fields.joined(separator: ", ")))"
    }
}
