package io.cloudpirates.sdk

import kotlinx.serialization.KSerializer

/**
 * A GET operation a waiter can poll, with the type it answers: the generated constants of
 * [Operations] (`Operations.WORKSPACES_GET`), for [CloudPiratesClient.waitFor]. Only reads
 * exist as constants, so a write cannot be passed by mistake.
 */
public class GetOperation<T> internal constructor(
    /** The dotted id (`workspaces.get`), as the string form of [CloudPiratesClient.waitFor] takes it. */
    public val id: String,
    /** The names of its path parameters, in the order `path` takes their values. */
    public val pathParams: List<String>,
    internal val serializer: KSerializer<T>,
) {
    /** The dotted id. */
    override fun toString(): String = id
}
