import Foundation
import HummingbirdTesting
import Testing
import TroopWatchServer

/// Startup never fails on a bad file: each is skipped (or repaired) with its reason reported.
@Suite struct CorpusLoadingTests {
    static let article = "Troops leave the border region\n\nSeptember 8, 2023\n\nThe units returned to their bases.\n"

    @Test func badFilesAreSkippedWithTheirReasonAndGoodOnesLoad() async throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.article)
        try folder.write("notes.md", Self.article)
        try folder.write("empty.txt", "")
        try folder.write("blank.txt", "  \n\n ")
        try folder.write("huge.txt", Data(repeating: UInt8(ascii: "a"), count: 5 * 1024 * 1024 + 1))
        // "café" in Latin-1: the lone 0xE9 byte is not UTF-8.
        try folder.write("latin1.txt", Data("Troops in Minsk caf".utf8) + Data([0xE9]) + Data(" today\n".utf8))
        try folder.write("broken-front-matter.txt", "---\ntitle: [unclosed\nnot a key and a value\n---\nText")
        // An unquoted colon is not YAML, but the block is read line by line instead of dropped.
        try folder.write("colon.txt", "---\ntitle: Budanov: 2,000 troops remain\npublished: 2023-11-15\n---\nText here.")
        try folder.write("bad-date.txt", "---\npublished: yesterday\n---\nText")
        try folder.write("picture.jpg", "not an article")
        try folder.write("nested/deeper.txt", Self.article)
        // A folder named like an article cannot be read as one.
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)

        let app = try await buildApplication(TestArguments(corpusDirectories: [folder.path, folder.path + "/missing"]))
        try await app.test(.router) { client in
            let health = try JSONBody(try await client.get("/healthz"))
            #expect(health["status"] as? String == "ok")
            #expect(health["articles"] as? Int == 5)
            let skipped = (health["skippedFiles"] as? [[String: Any]] ?? []).compactMap { entry -> String? in
                guard let path = entry["path"] as? String, let reason = entry["reason"] as? String else { return nil }
                return "\(URL(fileURLWithPath: path).lastPathComponent): \(reason)"
            }
            #expect(skipped.count == 7)
            #expect(skipped.contains { $0 == "folder.txt: file cannot be read: it is a folder" })
            #expect(skipped.contains { $0.hasPrefix("empty.txt: file is empty") })
            #expect(skipped.contains { $0.hasPrefix("blank.txt: file is empty") })
            #expect(skipped.contains { $0 == "huge.txt: file is 5242881 bytes, over the 5242880-byte limit" })
            #expect(skipped.contains { $0.hasPrefix("broken-front-matter.txt: front matter is not valid YAML") })
            #expect(
                skipped.contains { $0 == "bad-date.txt: front matter 'published' is not a YYYY-MM-DD date: yesterday" })
            #expect(skipped.contains { $0 == "missing: corpus folder does not exist or is not a folder" })

            let ids = try JSONBody(try await client.get("/v1/articles")).itemIDs
            #expect(Set(ids) == ["good", "notes", "latin1", "deeper", "colon"])
            let colon = try JSONBody(try await client.get("/v1/articles/colon"))
            #expect(colon["title"] as? String == "Budanov: 2,000 troops remain")
            #expect((colon["published"] as? [String: Any])?["date"] as? String == "2023-11-15")
            // Invalid UTF-8 is decoded with replacement characters, not dropped.
            let latin1 = try JSONBody(try await client.get("/v1/articles/latin1"))
            #expect((latin1["text"] as? String)?.contains("caf\u{FFFD}") == true)
        }
    }

    @Test func frontMatterWinsOverTheText() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "fm.md",
            """
            ---
            title: "Given: a title"
            published: 2022-02-24
            url: https://news.example/2023/09/08/x
            outlet: Example News
            author: Jane Doe
            ---
            A title in the text

            September 8, 2023

            The units returned to their bases.
            """)
        let app = try await buildApplication(TestArguments(corpusDirectories: [folder.path]))
        try await app.test(.router) { client in
            let body = try JSONBody(try await client.get("/v1/articles/fm"))
            #expect(body["title"] as? String == "Given: a title")
            #expect((body["published"] as? [String: Any])?["date"] as? String == "2022-02-24")
            #expect((body["published"] as? [String: Any])?["basis"] as? String == "metadata")
            #expect(body["url"] as? String == "https://news.example/2023/09/08/x")
            #expect(body["outlet"] as? String == "Example News")
            #expect(body["author"] as? String == "Jane Doe")
            // The text is what follows the block.
            #expect((body["text"] as? String)?.hasPrefix("A title in the text") == true)
        }
    }

    @Test func seedsCanBeLoadedBesideACorpus() async throws {
        let folder = try TemporaryFolder()
        try folder.write("extra.txt", Self.article)
        let app = try await buildApplication(TestArguments(corpusDirectories: [folder.path], includeSeeds: true))
        try await app.test(.router) { client in
            let health = try JSONBody(try await client.get("/healthz"))
            #expect(health["articles"] as? Int == 6)
        }
    }

    @Test func aDuplicateIdIsSkipped() async throws {
        let first = try TemporaryFolder()
        let second = try TemporaryFolder()
        try first.write("same.txt", Self.article)
        try second.write("same.md", Self.article)
        let app = try await buildApplication(TestArguments(corpusDirectories: [first.path, second.path]))
        try await app.test(.router) { client in
            let health = try JSONBody(try await client.get("/healthz"))
            #expect(health["articles"] as? Int == 1)
            let reasons = (health["skippedFiles"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
            #expect(reasons.count == 1)
            #expect(reasons.first?.hasPrefix("duplicate article id 'same'") == true)
        }
    }
}
