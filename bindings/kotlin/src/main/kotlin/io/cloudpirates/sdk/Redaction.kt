package io.cloudpirates.sdk

/**
 * How secrets print. The generated models whose fields the API description marks `x-secret`
 * (tokens, passwords, API keys, verification codes, the signed PDF URL) override `toString()`
 * to show [MARKER] instead of the value, the marker the Rust core's `Debug` uses.
 */
public object Redaction {
    /** What `toString()` shows instead of a secret value. */
    public const val MARKER: String = "[REDACTED]"

    /** True for a field name that holds a secret: the core's one rule, the same in every language. */
    public fun isSecretName(name: String): Boolean = io.cloudpirates.sdk.ffi.isSecretName(name)
}
