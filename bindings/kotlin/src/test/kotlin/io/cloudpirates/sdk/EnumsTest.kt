package io.cloudpirates.sdk

import com.sun.net.httpserver.HttpServer
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Test
import java.net.InetSocketAddress
import kotlin.test.assertEquals
import kotlin.test.assertNull

/**
 * Enum values this SDK does not know (a newer server's) are kept, never lost or fatal: the
 * typed property is `null` and `<field>Raw` holds the wire value. A local HTTP server answers
 * the real client (the production path: the core's request loop, the library, the decoder).
 */
class EnumsTest {
    /** A local HTTP server answering `GET <path>` with the JSON body of [bodies]. */
    private class Server(bodies: Map<String, String>) : AutoCloseable {
        private val server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0).apply {
            createContext("/") { ex ->
                ex.requestBody.readAllBytes()
                val body = bodies[ex.requestURI.path]
                if (body == null) {
                    ex.sendResponseHeaders(404, -1)
                } else {
                    val bytes = body.toByteArray()
                    ex.responseHeaders.add("content-type", "application/json")
                    ex.sendResponseHeaders(200, bytes.size.toLong())
                    ex.responseBody.write(bytes)
                }
                ex.close()
            }
            start()
        }
        val baseUrl: String get() = "http://127.0.0.1:${server.address.port}/v1"
        override fun close() = server.stop(0)
    }

    @Test
    fun `an unknown enum value is kept as its raw string, a known one as the constant`(): Unit = runBlocking {
        val bodies = mapOf(
            "/v1/workspaces/w1/members" to """[
                {"workspaceMemberId":"m1","identityId":"i1","role":"SUPERVISOR","email":"a@example.com"},
                {"workspaceMemberId":"m2","identityId":"i2","role":"VIEWER"},
                {"workspaceMemberId":"m3","identityId":"i3"}
            ]""",
            "/v1/workspaces/w1/clusters/c1" to """{"clusterId":"c1","workspaceId":"w1","clusterName":"edge","clusterType":"HYBRID"}""",
        )
        Server(bodies).use { server ->
            CloudPiratesClient(apiKey = "cpk_test", baseUrl = server.baseUrl, maxRetries = 0).use { c ->
                val members = c.workspaces.members.list("w1").items
                assertEquals(3, members.size, "the whole page decoded")
                assertNull(members[0].role, "a role this SDK does not know has no constant")
                assertEquals("SUPERVISOR", members[0].roleRaw)
                assertEquals("a@example.com", members[0].email)
                assertEquals(WorkspaceMemberRole.VIEWER, members[1].role)
                assertEquals("VIEWER", members[1].roleRaw)
                assertNull(members[2].roleRaw, "absent stays absent")

                val cluster = c.clusters.get("w1", "c1")
                assertNull(cluster.clusterType)
                assertEquals("HYBRID", cluster.clusterTypeRaw)
                assertEquals("edge", cluster.clusterName)
            }
        }
        // A value built here reads its own constant's wire value; the kept key is never encoded.
        val built = Cluster(clusterId = "c2", clusterType = ClusterType.EXTERNAL)
        assertEquals("EXTERNAL", built.clusterTypeRaw)
        val text = Transport.json.encodeToString(Cluster.serializer(), built)
        assertEquals(false, "@raw" in text, text)
        val back = Transport.json.decodeFromString(Cluster.serializer(), text)
        assertEquals(built, back)
        assertEquals("EXTERNAL", back.clusterTypeRaw)
    }
}
