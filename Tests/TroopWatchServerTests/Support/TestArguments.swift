import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TroopWatchServer

/// Arguments for an in-process server: the seeds unless folders are given, a free port, quiet logs.
struct TestArguments: AppArguments {
    var hostname = "127.0.0.1"
    var port = 0
    var corpusDirectories: [String] = []
    var includeSeeds = false
    var lexiconFile: String?
    var logLevel: Logger.Level = .critical
    var dataDirectory: String?
    var writeToken: String?
    var maximumBodyBytes = 1 << 20
}

/// A decoded JSON response body.
struct JSONBody: @unchecked Sendable {
    let value: Any

    init(_ response: TestResponse) throws {
        value = try JSONSerialization.jsonObject(
            with: Data(response.body.readableBytesView), options: [.fragmentsAllowed])
    }

    subscript(key: String) -> Any? { (value as? [String: Any])?[key] }

    var object: [String: Any] { value as? [String: Any] ?? [:] }

    var items: [[String: Any]] { self["items"] as? [[String: Any]] ?? [] }

    var itemIDs: [String] { items.compactMap { $0["id"] as? String } }
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }
}

/// The checks every problem+json answer must pass.
func expectProblem(
    _ response: TestResponse, status: HTTPResponse.Status, parameter: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(response.status == status, sourceLocation: sourceLocation)
    #expect(response.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
    let body = try JSONBody(response)
    #expect(body["status"] as? Int == Int(status.code), sourceLocation: sourceLocation)
    #expect((body["title"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
    #expect((body["detail"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
    #expect((body["type"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
    #expect(body["parameter"] as? String == parameter, sourceLocation: sourceLocation)
}

/// A temporary folder removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("troopwatch-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> URL {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
