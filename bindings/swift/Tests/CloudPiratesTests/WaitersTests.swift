import Foundation
import XCTest
@testable import CloudPirates

/// Waiters take typed GET operations (`Operations.workspacesGet`) and still take the dotted id,
/// against the same emulator process as `EmulatorTests`.
extension EmulatorTests {
    func testATypedWaiterReturnsTheModelAndTheStringFormStillWorks() async throws {
        try await control("PUT", "config", #"{"lag_ms": 300}"#)
        XCTAssertEqual(Operations.clustersGet.pathParams, ["workspaceId", "clusterId"])
        XCTAssertEqual(Operations.workspacesGet.description, "workspaces.get")
        let c = try client()
        let ws = try await c.workspaces.create(workspaceName: "Typed waiter", workspaceKey: key())
        let got: Workspace? = try await c.waitFor(Operations.workspacesGet, path: [ws.workspaceId], maxWait: 5)
        XCTAssertEqual(got?.workspaceId, ws.workspaceId)
        XCTAssertEqual(got?.workspaceName, "Typed waiter")

        let members: [WorkspaceMember]? = try await c.waitFor(Operations.workspacesMembersList, path: [ws.workspaceId], maxWait: 5)
        XCTAssertTrue(members?.contains { $0.role == .owner } ?? false)

        let cluster = try await c.clusters.create(workspaceId: ws.workspaceId, clusterName: "gone", clusterType: .external)
        try await c.clusters.delete(workspaceId: ws.workspaceId, clusterId: cluster.clusterId!)
        let gone = try await c.waitFor(Operations.clustersGet, path: [ws.workspaceId, cluster.clusterId!], exists: false, maxWait: 5)
        XCTAssertNil(gone)

        let data = try await c.waitFor(operationId: "workspaces.get", path: [ws.workspaceId], maxWait: 5)
        XCTAssertTrue(String(decoding: data ?? Data(), as: UTF8.self).contains(ws.workspaceId))
    }
}
