/// The word lists TroopWatch reads with. Shipped as `lexicon.json`; a user file of the same shape
/// extends it (lists are appended, entries are never removed), so adding an outlet or a phrase needs
/// no rebuild.
public struct Lexicon: Codable, Sendable, Equatable {
    public var furniture: FurnitureLexicon
    public var outlets: [Outlet]

    public init(furniture: FurnitureLexicon, outlets: [Outlet]) {
        self.furniture = furniture
        self.outlets = outlets
    }

    /// This lexicon with every list of `extension` appended.
    public func extended(with extension: LexiconExtension) -> Lexicon {
        var result = self
        if let furniture = `extension`.furniture { result.furniture.append(furniture) }
        result.outlets += `extension`.outlets ?? []
        return result
    }
}

/// A user's additions: the same shape as `Lexicon`, with every part optional.
public struct LexiconExtension: Codable, Sendable {
    public var furniture: FurnitureLexicon?
    public var outlets: [Outlet]?
}

/// A news outlet: its name and the web hosts it publishes on.
public struct Outlet: Codable, Sendable, Equatable {
    public var name: String
    public var hosts: [String]

    public init(name: String, hosts: [String]) {
        self.name = name
        self.hosts = hosts
    }
}

/// Phrases that mark page furniture. All are matched case-insensitively on whole words.
public struct FurnitureLexicon: Codable, Sendable, Equatable {
    /// Lines that are navigation when they are the whole line ("Skip to main content").
    public var navigationLines: [String]
    /// Phrases that make a short line navigation or promotion ("on Google News").
    public var navigationPhrases: [String]
    /// Line openings that introduce links to other articles ("Read more", "Related article:").
    public var readMorePrefixes: [String]
    /// Phrases of donation and subscription appeals.
    public var donationPhrases: [String]
    /// Line openings of copyright notices ("Copyright", "©").
    public var copyrightOpenings: [String]
    /// Phrases that make a short line a copyright notice wherever they stand ("All rights reserved").
    public var copyrightPhrases: [String]
    /// Phrases that introduce a picture credit ("Photo by", "Picture source").
    public var pictureCreditPhrases: [String]
    /// Job titles that turn "NAME is a … for OUTLET" into an author bio.
    public var bioRoles: [String]
    /// Words a date line may carry besides the date ("Published", "Updated", "GMT").
    public var datelineWords: [String]
    /// Words that start an "updated" date line, which ranks below a "published" one.
    public var updatedWords: [String]

    mutating func append(_ other: FurnitureLexicon) {
        navigationLines += other.navigationLines
        navigationPhrases += other.navigationPhrases
        readMorePrefixes += other.readMorePrefixes
        donationPhrases += other.donationPhrases
        copyrightOpenings += other.copyrightOpenings
        copyrightPhrases += other.copyrightPhrases
        pictureCreditPhrases += other.pictureCreditPhrases
        bioRoles += other.bioRoles
        datelineWords += other.datelineWords
        updatedWords += other.updatedWords
    }
}

extension FurnitureLexicon {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys) throws -> [String] {
            try container.decodeIfPresent([String].self, forKey: key) ?? []
        }
        navigationLines = try list(.navigationLines)
        navigationPhrases = try list(.navigationPhrases)
        readMorePrefixes = try list(.readMorePrefixes)
        donationPhrases = try list(.donationPhrases)
        copyrightOpenings = try list(.copyrightOpenings)
        copyrightPhrases = try list(.copyrightPhrases)
        pictureCreditPhrases = try list(.pictureCreditPhrases)
        bioRoles = try list(.bioRoles)
        datelineWords = try list(.datelineWords)
        updatedWords = try list(.updatedWords)
    }
}
