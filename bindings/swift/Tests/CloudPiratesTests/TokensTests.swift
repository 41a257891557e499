import Foundation
import XCTest
@testable import CloudPirates

/// Consistency tokens (issue 21) over real HTTP, against the same emulator process as
/// `EmulatorTests`, its read model lagging 500 ms in each test: a token carries read-your-writes
/// from one client to another (per call, per write through the raw response, merged), a signed
/// client refuses what is not signed with its key, bad tokens are `.invalidRequest`, and a bad
/// per-call token sends nothing (the emulator's request journal). Every check is the Rust core's.
extension EmulatorTests {
    func lag500() async throws {
        try await control("PUT", "config", #"{"lag_ms": 500}"#)
    }

    /// A token written by hand in the documented format (`cpt1.` + base64url JSON, no padding).
    func forgedToken(_ json: String) -> String {
        let b64 = Data(json.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "cpt1." + b64
    }

    /// Asserts that `body` throws the lag's 404/403.
    func assertLag(_ body: () async throws -> Void, file: StaticString = #filePath, line: UInt = #line) async {
        do {
            try await body()
            XCTFail("expected the lag's 404/403", file: file, line: line)
        } catch let e as CloudPiratesError {
            XCTAssertTrue(e.kind == .notFound || e.kind == .permissionDenied, "\(e)", file: file, line: line)
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
    }

    /// Asserts that `body` throws `.invalidRequest` and returns the error.
    func invalidRequest(_ body: () async throws -> Void, file: StaticString = #filePath, line: UInt = #line) async -> CloudPiratesError? {
        do {
            try await body()
            XCTFail("expected .invalidRequest", file: file, line: line)
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .invalidRequest, "\(e)", file: file, line: line)
            return e
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return nil
    }

    func testATokenLetsAnEventualClientReadAnotherClientsNewWorkspaceAtOnce() async throws {
        try await lag500()
        let writer = try client()
        let reader = try client(consistency: .eventual)
        let ws = try await writer.workspaces.create(workspaceName: "Tok", workspaceKey: key())
        await assertLag { _ = try await reader.workspaces.get(workspaceId: ws.workspaceId) }
        let token = writer.consistencyToken()
        XCTAssertTrue(token.hasPrefix("cpt1."), token)
        let r = try await reader.withRawResponse.workspaces.get(workspaceId: ws.workspaceId,
                                                                 options: RequestOptions(consistencyToken: token))
        XCTAssertEqual(r.data.workspaceKey, ws.workspaceKey)
        XCTAssertTrue(r.waited > 0 || r.attempts > 1, "the core waited for the write: \(r)")
        XCTAssertNil(r.consistencyToken, "a read names no write")
        let other = try await writer.workspaces.create(workspaceName: "Tok", workspaceKey: key())
        await assertLag { _ = try await reader.workspaces.get(workspaceId: other.workspaceId) }
    }

    func testTheRawResponseOfAWriteCarriesTheTokenOfThatWriteAlone() async throws {
        try await lag500()
        let writer = try client()
        let reader = try client(consistency: .eventual)
        _ = try await writer.workspaces.create(workspaceName: "Earlier", workspaceKey: key())
        let r = try await writer.withRawResponse.workspaces.create(workspaceName: "Tok", workspaceKey: key())
        guard let token = r.consistencyToken else { return XCTFail("a write's raw response carries its token") }
        XCTAssertLessThan(token.count, writer.consistencyToken().count, "this write alone")
        XCTAssertFalse(r.description.contains(token), r.description)
        let opts = RequestOptions(consistencyToken: token)
        XCTAssertFalse(opts.description.contains(token), opts.description)
        let got = try await reader.workspaces.get(workspaceId: r.data.workspaceId, options: opts)
        XCTAssertEqual(got.workspaceId, r.data.workspaceId)
        var members = 0
        for try await _ in reader.workspaces.members.listAll(workspaceId: r.data.workspaceId, options: opts) { members += 1 }
        XCTAssertEqual(members, 1)
        // The earlier call forms still compile and carry no token.
        XCTAssertNil(RequestOptions(timeout: 5, headers: ["X-A": "b"]).consistencyToken)
    }

    func testAMergedTokenMakesEveryLaterReadOfAClientWait() async throws {
        try await lag500()
        let writer = try client()
        let reader = try client(consistency: .eventual)
        let ws = try await writer.workspaces.create(workspaceName: "Merge", workspaceKey: key())
        let cl = try await writer.clusters.create(workspaceId: ws.workspaceId, clusterName: "c", clusterType: .external)
        await assertLag { _ = try await reader.workspaces.get(workspaceId: ws.workspaceId) }
        try reader.mergeConsistencyToken(writer.consistencyToken())
        let got = try await reader.workspaces.get(workspaceId: ws.workspaceId)
        XCTAssertEqual(got.workspaceId, ws.workspaceId)
        let cluster = try await reader.clusters.get(workspaceId: ws.workspaceId, clusterId: cl.clusterId ?? "")
        XCTAssertEqual(cluster.clusterId, cl.clusterId)
    }

    func testASignedClientRefusesTokensNotSignedWithItsKey() async throws {
        try await lag500()
        let secret = "app-secret-swift"
        let writer = try client(consistencyTokenKey: secret)
        let reader = try client(consistency: .eventual, consistencyTokenKey: secret)
        let foreign = try client(consistencyTokenKey: "another-key")
        let ws = try await writer.workspaces.create(workspaceName: "Signed", workspaceKey: key())
        let token = writer.consistencyToken()
        XCTAssertEqual(token.filter { $0 == "." }.count, 2, "cpt1.<payload>.<signature>")
        XCTAssertFalse(writer.description.contains(secret))
        let got = try await reader.workspaces.get(workspaceId: ws.workspaceId, options: RequestOptions(consistencyToken: token))
        XCTAssertEqual(got.workspaceId, ws.workspaceId)
        try reader.mergeConsistencyToken(token)

        let unsigned = String(token[..<token.lastIndex(of: ".")!])
        let e = await invalidRequest { try reader.mergeConsistencyToken(unsigned) }
        XCTAssertTrue(e?.detail.contains("not signed") ?? false, "\(String(describing: e))")
        var chars = Array(token)
        chars[7] = chars[7] == "A" ? "B" : "A"
        _ = await invalidRequest { try reader.mergeConsistencyToken(String(chars)) }
        let wrongKey = await invalidRequest { try foreign.mergeConsistencyToken(token) }
        XCTAssertTrue(wrongKey?.detail.contains("does not match") ?? false)
        XCTAssertFalse(wrongKey?.description.contains(secret) ?? true)

        try await control("DELETE", "requests")
        let perCall = await invalidRequest {
            _ = try await reader.workspaces.get(workspaceId: ws.workspaceId, options: RequestOptions(consistencyToken: unsigned))
        }
        XCTAssertEqual(perCall?.attempts, 0)
        let sent = try await journal("workspaces.get")
        XCTAssertEqual(sent.count, 0, "nothing reached the server")
    }

    func testGarbageAndOversizedTokensAreInvalidRequestErrors() async throws {
        let c = try client()
        let huge = "cpt1." + String(repeating: "A", count: 2048)
        let bad = ["", "nope", "cpt1.", "cpt1.%%%", "cpt2.W10", forgedToken("{}"), forgedToken(#"[["no-slash",1,"w",null]]"#), huge]
        for t in bad {
            let e = await invalidRequest { try c.mergeConsistencyToken(t) }
            XCTAssertTrue(e?.detail.hasPrefix("consistency token refused") ?? false, "\(String(describing: e))")
            XCTAssertFalse(e?.mayHaveExecuted ?? true)
        }
        let e = await invalidRequest { try c.mergeConsistencyToken(huge) }
        XCTAssertTrue(e?.detail.contains("2053 bytes") ?? false)
        XCTAssertFalse(e?.detail.contains("AAAAAAAA") ?? true, "the token is never echoed")
        try c.mergeConsistencyToken(forgedToken("[]"))
    }

    func testABadPerCallTokenSendsNothingForAReadAListAndAWrite() async throws {
        let c = try client()
        try await control("DELETE", "requests")
        let forged = RequestOptions(consistencyToken: forgedToken(#"[["no-slash",1,"w",null]]"#))
        let read = await invalidRequest { _ = try await c.workspaces.get(workspaceId: Self.demoWorkspace, options: forged) }
        XCTAssertEqual(read?.attempts, 0)
        _ = await invalidRequest {
            for try await _ in c.trainings.listAll(pageSize: 5, options: RequestOptions(consistencyToken: "garbage")) {}
        }
        let write = await invalidRequest {
            _ = try await c.workspaces.create(workspaceName: "Never", workspaceKey: self.key(),
                                              options: RequestOptions(consistencyToken: "cpt1." + String(repeating: "A", count: 3000)))
        }
        XCTAssertFalse(write?.mayHaveExecuted ?? true)
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(Self.info!.origin)/_emulator/requests")!)
        let all = (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
        XCTAssertEqual(all.count, 0, "nothing reached the server")
        let ok = try await c.workspaces.get(workspaceId: Self.demoWorkspace, options: RequestOptions(consistencyToken: c.consistencyToken()))
        XCTAssertEqual(ok.workspaceId, Self.demoWorkspace)
    }
}
