import Foundation

/// Files shipped inside the binary's resource bundle: the seed articles, the lexicon, the OpenAPI
/// contract and the dashboard page.
public enum BundledResources {
    public static var seedsDirectory: URL? {
        Bundle.module.url(forResource: "Seeds", withExtension: nil)
    }

    static var lexicon: URL? {
        Bundle.module.url(forResource: "lexicon", withExtension: "json")
    }

    static var dashboard: URL? {
        Bundle.module.url(forResource: "dashboard", withExtension: "html")
    }

    static var openAPI: URL? {
        Bundle.module.url(forResource: "openapi", withExtension: "yaml")
    }
}
