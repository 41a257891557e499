import Foundation
import XCTest
@testable import CloudPirates

/// Models holding secrets (the fields `openapi/cloudpirates.yaml` marks `x-secret`) never print
/// them: `description` (`print`, string interpolation), `debugDescription`
/// (`String(reflecting:)`), `dump` and the debugger's mirror show `Redaction.marker`.
/// Needs no emulator.
final class RedactionTests: XCTestCase {
    let secret = "s3cr3t-value-that-must-not-print"

    func assertRedacted<T>(_ model: T, shows: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
        var dumped = ""
        dump(model, to: &dumped)
        for text in ["\(model)", String(describing: model), String(reflecting: model), dumped] {
            XCTAssertFalse(text.contains(secret), "a secret printed: \(text)", file: file, line: line)
            XCTAssertTrue(text.contains(Redaction.marker), "no redaction marker: \(text)", file: file, line: line)
            for s in shows {
                XCTAssertTrue(text.contains(s), "\(s) missing from \(text)", file: file, line: line)
            }
        }
    }

    func testEveryModelHoldingASecretPrintsTheMarker() {
        assertRedacted(TokenResponse(accessToken: secret, refreshToken: secret, auth: TokenAuthClaims(jti: "j-1", exp: 1)), shows: ["TokenResponse(", "j-1"])
        assertRedacted(LoginResponse(accessToken: secret, refreshToken: secret, challengeRequired: false, verificationToken: secret))
        assertRedacted(SmsChallengeSetup(verificationToken: secret))
        assertRedacted(TotpChallengeSetup(otpAuthUri: "otpauth://totp/x?secret=\(secret)"))
        assertRedacted(CreatedApiKey(id: "key-1", label: "ci", apiKey: secret), shows: ["key-1", "ci"])
        assertRedacted(InvoicePdfUrl(url: "https://pdf.example/x?sig=\(secret)"))
        assertRedacted(Cluster(clusterId: "c-1", clusterName: "prod", accessToken: secret), shows: ["c-1", "prod"])
        assertRedacted(ClusterAccessToken(accessToken: secret))
        assertRedacted(RegisterRequest(email: "a@b.c", password: secret, firstName: "A", lastName: "B"), shows: ["a@b.c"])
        assertRedacted(LoginRequest(email: "a@b.c", password: secret), shows: ["a@b.c"])
        assertRedacted(LoginChallengeRequest(verificationToken: secret, challengeCode: secret))
        assertRedacted(ChangePasswordRequest(existingPassword: secret, password: secret))
        assertRedacted(RefreshRequest(refreshToken: secret))
        assertRedacted(ActivateSmsChallengeRequest(verificationToken: secret, challengeCode: secret))
        assertRedacted(ActivateTotpChallengeRequest(token: secret))
    }

    func testNestedAndAbsentSecrets() {
        // In a collection or an optional, the model's own description is used.
        let clusters = [Cluster(clusterId: "c-1", accessToken: secret)]
        XCTAssertFalse("\(clusters)".contains(secret))
        XCTAssertFalse(String(reflecting: Optional(ClusterAccessToken(accessToken: secret))).contains(secret))
        // An absent optional secret stays nil; the value itself stays readable.
        let none = LoginResponse(challengeRequired: true)
        XCTAssertEqual(none.description, "LoginResponse(accessToken: nil, refreshToken: nil, auth: nil, challengeRequired: Optional(true), verificationToken: nil)")
        XCTAssertEqual(ClusterAccessToken(accessToken: secret).accessToken, secret)
        XCTAssertEqual(ClusterAccessToken(accessToken: secret), ClusterAccessToken(accessToken: secret))
    }

    func testDecodingStaysStrictForReads() throws {
        // The core completes write answers; a read missing a required field is a decode error.
        XCTAssertThrowsError(try JSONDecoder().decode(ClusterAccessToken.self, from: Data("{}".utf8)))
        let token = try JSONDecoder().decode(ClusterAccessToken.self, from: Data(#"{"accessToken":"t","extra":1}"#.utf8))
        XCTAssertEqual(token.accessToken, "t")
    }
}
