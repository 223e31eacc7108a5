import Foundation

/// Files shipped inside the binary's resource bundle: the seed articles, the lexicon and the
/// OpenAPI contract.
public enum BundledResources {
    public static var seedsDirectory: URL? {
        Bundle.module.url(forResource: "Seeds", withExtension: nil)
    }

    static var lexicon: URL? {
        Bundle.module.url(forResource: "lexicon", withExtension: "json")
    }

    static var openAPI: URL? {
        Bundle.module.url(forResource: "openapi", withExtension: "yaml")
    }
}
