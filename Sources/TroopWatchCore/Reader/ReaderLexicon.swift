/// The furniture lexicon compiled for matching: phrase sets built once per lexicon, not per article.
struct ReaderLexicon: Sendable {
    let navigationLines: PhraseSet
    let navigationPhrases: PhraseSet
    let readMorePrefixes: PhraseSet
    let donationPhrases: PhraseSet
    let copyrightOpenings: PhraseSet
    let copyrightPhrases: PhraseSet
    let pictureCreditPhrases: PhraseSet
    let bioRoles: PhraseSet
    let datelineWords: WordSet
    let updatedWords: WordSet
    /// Lower-cased host (without "www.") → outlet name.
    let outletsByHost: [String: String]

    init(_ lexicon: Lexicon) {
        let furniture = lexicon.furniture
        navigationLines = PhraseSet(furniture.navigationLines)
        navigationPhrases = PhraseSet(furniture.navigationPhrases)
        readMorePrefixes = PhraseSet(furniture.readMorePrefixes)
        donationPhrases = PhraseSet(furniture.donationPhrases)
        copyrightOpenings = PhraseSet(furniture.copyrightOpenings)
        copyrightPhrases = PhraseSet(furniture.copyrightPhrases)
        pictureCreditPhrases = PhraseSet(furniture.pictureCreditPhrases)
        bioRoles = PhraseSet(furniture.bioRoles)
        datelineWords = WordSet(furniture.datelineWords)
        updatedWords = WordSet(furniture.updatedWords)
        var hosts: [String: String] = [:]
        for outlet in lexicon.outlets {
            for host in outlet.hosts { hosts[WebAddress.normalisedHost(host)] = outlet.name }
        }
        outletsByHost = hosts
    }
}
