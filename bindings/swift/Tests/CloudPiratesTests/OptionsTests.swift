import Foundation
import XCTest
@testable import CloudPirates

/// Per-call options reaching the wire (seen in the emulator's request journal) and the raw
/// response beside the typed value (`client.withRawResponse`), against the same emulator
/// process as `EmulatorTests` (each test starts from its `setUp`: reset, no lag, no faults).
extension EmulatorTests {
    /// The seeded demo workspace (`crates/emulator/src/seed.rs`).
    static let demoWorkspace = "6571f2b1e4b0a1a2b3c4d5e6"

    /// The newest API requests the emulator received, oldest first (`GET /_emulator/requests`).
    func journal(_ operation: String) async throws -> [[String: Any]] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(Self.info!.origin)/_emulator/requests")!)
        let all = (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
        return all.filter { ($0["operation"] as? String) == operation }
    }

    func sentHeader(_ request: [String: Any], _ name: String) -> String? {
        (request["headers"] as? [String: Any])?[name] as? String
    }

    func testExtraHeadersReachTheWireBesideTheClientsCredential() async throws {
        let c = try client()
        _ = try await c.workspaces.get(workspaceId: Self.demoWorkspace,
                                       options: RequestOptions(headers: ["X-Tenant": "blue", "X-Trace": "t1"]))
        let sent = try await journal("workspaces.get")
        XCTAssertEqual(sent.count, 1)
        XCTAssertEqual(sentHeader(sent[0], "x-tenant"), "blue")
        XCTAssertEqual(sentHeader(sent[0], "x-trace"), "t1")
        XCTAssertEqual(sentHeader(sent[0], "authorization"), "ApiKey [REDACTED]", "the credential is still the client's")
        let shown = RequestOptions(headers: ["X-Api-Token": "tok-123"]).description
        XCTAssertFalse(shown.contains("tok-123"), shown)
    }

    func testAReservedOrMalformedHeaderIsRefusedWithNothingSent() async throws {
        let c = try client()
        for (name, value) in [("Authorization", "Bearer stolen"), ("Host", "evil.example"), ("bad name", "v"), ("X-Ok", "a\r\nInjected: 1")] {
            do {
                _ = try await c.workspaces.get(workspaceId: Self.demoWorkspace, options: RequestOptions(headers: [name: value]))
                XCTFail("\(name) was accepted")
            } catch let e as CloudPiratesError {
                XCTAssertEqual(e.kind, .invalidRequest)
                XCTAssertTrue(e.detail.contains("\"\(name)\""), "the error names the header: \(e.detail)")
                XCTAssertFalse(e.detail.contains("stolen"))
            }
        }
        let sent = try await journal("workspaces.get")
        XCTAssertEqual(sent.count, 0, "nothing reached the server")
    }

    func testOptionsGivenToAListCarryToEveryPage() async throws {
        let c = try client()
        var seen = 0
        for try await _ in c.trainings.listAll(pageSize: 10, options: RequestOptions(headers: ["X-Tenant": "paged"])) { seen += 1 }
        XCTAssertGreaterThan(seen, 20)
        let pages = try await journal("trainings.list")
        XCTAssertGreaterThanOrEqual(pages.count, 3)
        XCTAssertTrue(pages.allSatisfy { sentHeader($0, "x-tenant") == "paged" })
    }

    func testMaxRetriesIsTheNumberOfAttemptsUnderA503() async throws {
        try await control("PUT", "config",
                          #"{"faults":[{"kind":"503","rate":1.0,"methods":"reads","path_prefix":"/v1/workspaces/6571f2b1e4b0a1a2b3c4d5e6"}]}"#)
        let c = try client()
        for retries in [0, 2] {
            try await control("DELETE", "requests")
            do {
                _ = try await c.workspaces.get(workspaceId: Self.demoWorkspace, options: RequestOptions(maxRetries: retries))
                XCTFail("expected a 503")
            } catch let e as CloudPiratesError {
                XCTAssertEqual(e.status, 503)
                XCTAssertEqual(e.attempts, retries + 1)
            }
            let sent = try await journal("workspaces.get")
            XCTAssertEqual(sent.count, retries + 1, "attempts on the wire")
        }
    }

    func testAPerCallTimeoutEndsASlowCall() async throws {
        try await control("PUT", "config",
                          #"{"faults":[{"kind":"slow","rate":1.0,"delay_ms":1500,"path_prefix":"/v1/workspaces/6571f2b1e4b0a1a2b3c4d5e6"}]}"#)
        let c = try client()
        let start = Date()
        do {
            _ = try await c.workspaces.get(workspaceId: Self.demoWorkspace, options: RequestOptions(timeout: 0.2))
            XCTFail("expected a timeout")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .apiTimeout)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.2)
    }

    func testConsistencyEventualShowsTheLagRightAfterACreate() async throws {
        try await control("PUT", "config", #"{"lag_ms": 400}"#)
        let c = try client()
        let ws = try await c.workspaces.create(workspaceName: "Eventual", workspaceKey: key())
        do {
            _ = try await c.workspaces.get(workspaceId: ws.workspaceId, options: RequestOptions(consistency: .eventual))
            XCTFail("eventual: the lag should show")
        } catch let e as CloudPiratesError {
            XCTAssertTrue(e.status == 403 || e.status == 404, "\(e)")
        }
        let r = try await c.withRawResponse.workspaces.get(workspaceId: ws.workspaceId)
        XCTAssertEqual(r.data.workspaceId, ws.workspaceId)
        XCTAssertGreaterThan(r.attempts, 1)
        XCTAssertGreaterThan(r.waited, 0)
    }

    func testTheRawResponseOfASuccessAndOfAPage() async throws {
        let c = try client()
        let r = try await c.withRawResponse.workspaces.get(workspaceId: Self.demoWorkspace)
        XCTAssertEqual(r.data.workspaceId, Self.demoWorkspace)
        XCTAssertEqual(r.parse(), r.data)
        XCTAssertEqual(r.status, 200)
        XCTAssertEqual(r.attempts, 1)
        XCTAssertEqual(r.waited, 0)
        let id = try XCTUnwrap(r.requestId)
        XCTAssertTrue(id.hasPrefix("req_"), id)
        XCTAssertEqual(r.header("X-Request-Id"), id)
        XCTAssertEqual(r.headers["x-request-id"], [id])
        XCTAssertTrue(r.header("content-type")?.hasPrefix("application/json") ?? false)
        XCTAssertFalse(r.description.contains("application/json"), r.description)

        let page = try await c.withRawResponse.trainings.list(limit: 1)
        XCTAssertEqual(page.data.items.count, 1)
        XCTAssertEqual(page.data.info.limit, 1)
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.header("x-limit"), "1")
        XCTAssertEqual(page.header("x-total"), page.data.info.total.map(String.init))
        XCTAssertNotNil(page.requestId)
        XCTAssertTrue(page.data.hasNextPage)
    }
}
