import Foundation
import TroopWatchCore

/// Loads the bundled lexicon with the generated gazetteer (countries, places, formations) and, if
/// given, a user's file that extends both.
public enum LexiconLoader {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(extension path: String?) throws -> Lexicon {
        guard let bundled = BundledResources.lexicon else {
            throw Failure(description: "the bundled lexicon.json is missing from the resource bundle")
        }
        guard let gazetteer = BundledResources.gazetteer else {
            throw Failure(description: "the bundled gazetteer.json is missing from the resource bundle")
        }
        var lexicon: Lexicon
        do {
            lexicon = try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: bundled))
            lexicon = lexicon.extended(with: try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: gazetteer)))
        } catch {
            throw Failure(description: "the bundled lexicon.json or gazetteer.json cannot be read: \(error)")
        }
        if let path {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                lexicon = lexicon.extended(with: try JSONDecoder().decode(Lexicon.self, from: data))
            } catch {
                throw Failure(description: "lexicon file \(path) cannot be used: \(error)")
            }
        }
        return lexicon
    }
}
