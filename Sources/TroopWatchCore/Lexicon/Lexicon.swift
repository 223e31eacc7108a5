/// The word lists TroopWatch reads with. Shipped as `lexicon.json`; a user file of the same shape
/// extends it (lists are appended, entries are never removed), so adding an outlet, a source alias
/// or a measure word needs no rebuild.
public struct Lexicon: Codable, Sendable, Equatable {
    public var furniture: FurnitureLexicon
    public var outlets: [Outlet]
    public var countries: [Country]
    /// Regions and towns, each named for the country it lies in ("Asipovichy" → BY).
    public var places: [Place]
    /// World regions and seas that are no one country ("Europe", "the Sahel", "the Black Sea"):
    /// a force there has no location, only an area.
    public var regions: [String]
    public var formations: [Formation]
    public var sources: [Source]
    public var measures: [Measure]
    /// Collective nouns for a force ("military", "contingent"): "a contingent of 1,500" counts personnel.
    public var forceNouns: [String]
    public var qualifiers: [QualifierPhrases]
    /// Words that make a number a casualty, loss or prisoner count rather than a force size.
    public var negativeContext: [String]
    /// Verbs of saying that attribute a number to whoever precedes or follows them.
    public var attributionVerbs: [String]
    public var withdrawal: WithdrawalPhrases
    /// Words that refer back to the last named source ("he", "the spokesperson").
    public var pronouns: [String]
    /// Words that make a number a plan, not a count: "will send 10,000 troops".
    public var futureMarkers: [String]
    /// Nouns that count personnel only where the paragraph speaks of the military ("people").
    public var weakPersonnelNouns: [String]
    /// Words that show a paragraph is about armed forces.
    public var militaryCues: [String]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        furniture =
            try container.decodeIfPresent(FurnitureLexicon.self, forKey: .furniture)
            ?? FurnitureLexicon.empty
        outlets = try container.decodeIfPresent([Outlet].self, forKey: .outlets) ?? []
        countries = try container.decodeIfPresent([Country].self, forKey: .countries) ?? []
        places = try container.decodeIfPresent([Place].self, forKey: .places) ?? []
        regions = try container.decodeIfPresent([String].self, forKey: .regions) ?? []
        formations = try container.decodeIfPresent([Formation].self, forKey: .formations) ?? []
        sources = try container.decodeIfPresent([Source].self, forKey: .sources) ?? []
        measures = try container.decodeIfPresent([Measure].self, forKey: .measures) ?? []
        forceNouns = try container.decodeIfPresent([String].self, forKey: .forceNouns) ?? []
        qualifiers = try container.decodeIfPresent([QualifierPhrases].self, forKey: .qualifiers) ?? []
        negativeContext = try container.decodeIfPresent([String].self, forKey: .negativeContext) ?? []
        attributionVerbs = try container.decodeIfPresent([String].self, forKey: .attributionVerbs) ?? []
        withdrawal = try container.decodeIfPresent(WithdrawalPhrases.self, forKey: .withdrawal) ?? WithdrawalPhrases()
        pronouns = try container.decodeIfPresent([String].self, forKey: .pronouns) ?? []
        futureMarkers = try container.decodeIfPresent([String].self, forKey: .futureMarkers) ?? []
        weakPersonnelNouns = try container.decodeIfPresent([String].self, forKey: .weakPersonnelNouns) ?? []
        militaryCues = try container.decodeIfPresent([String].self, forKey: .militaryCues) ?? []
    }

    /// This lexicon with every list of `extension` appended. The extension file has the same shape
    /// with every key optional.
    public func extended(with extension: Lexicon) -> Lexicon {
        var result = self
        result.furniture.append(`extension`.furniture)
        result.outlets += `extension`.outlets
        result.countries += `extension`.countries
        result.places += `extension`.places
        result.regions += `extension`.regions
        result.formations += `extension`.formations
        result.sources += `extension`.sources
        result.measures += `extension`.measures
        result.forceNouns += `extension`.forceNouns
        result.qualifiers += `extension`.qualifiers
        result.negativeContext += `extension`.negativeContext
        result.attributionVerbs += `extension`.attributionVerbs
        result.withdrawal.append(`extension`.withdrawal)
        result.pronouns += `extension`.pronouns
        result.futureMarkers += `extension`.futureMarkers
        result.weakPersonnelNouns += `extension`.weakPersonnelNouns
        result.militaryCues += `extension`.militaryCues
        return result
    }
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

/// A state: ISO code, names ("Belarus"), demonyms ("Belarusian") and capitals used for the
/// government ("Minsk").
public struct Country: Codable, Sendable, Equatable {
    public var code: String
    public var names: [String]
    public var demonyms: [String]
    public var capitals: [String]
}

/// Towns and regions of one country: where a force is when the text names no country.
public struct Place: Codable, Sendable, Equatable {
    public var country: String
    public var names: [String]
}

/// A named armed formation and the state it belongs to ("Wagner Group" → RU).
public struct Formation: Codable, Sendable, Equatable {
    public var name: String
    public var actor: String?
    public var aliases: [String]
}

/// A source numbers are attributed to: an organisation, or a person speaking for one.
public struct Source: Codable, Sendable, Equatable {
    public var name: String
    /// For a person: the organisation they speak for.
    public var organisation: String?
    public var country: String?
    public var aliases: [String]
}

/// Nouns that count one measure ("troops" → personnel, "BTGs" → battalion tactical groups).
public struct Measure: Codable, Sendable, Equatable {
    public var measure: String
    public var words: [String]
}

/// Phrases before or after a number that set its qualifier ("up to" → at-most).
public struct QualifierPhrases: Codable, Sendable, Equatable {
    public var qualifier: Qualifier
    public var before: [String]
    public var after: [String]
}

/// Phrases that report a force leaving: with a total marker the count is zero, with a near-total
/// marker it is near zero.
public struct WithdrawalPhrases: Codable, Sendable, Equatable {
    public var verbs: [String] = []
    public var total: [String] = []
    public var nearTotal: [String] = []
    public var fewRemain: [String] = []

    mutating func append(_ other: WithdrawalPhrases) {
        verbs += other.verbs
        total += other.total
        nearTotal += other.nearTotal
        fewRemain += other.fewRemain
    }
}

extension WithdrawalPhrases {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verbs = try container.decodeIfPresent([String].self, forKey: .verbs) ?? []
        total = try container.decodeIfPresent([String].self, forKey: .total) ?? []
        nearTotal = try container.decodeIfPresent([String].self, forKey: .nearTotal) ?? []
        fewRemain = try container.decodeIfPresent([String].self, forKey: .fewRemain) ?? []
    }
}

extension QualifierPhrases {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        qualifier = try container.decode(Qualifier.self, forKey: .qualifier)
        before = try container.decodeIfPresent([String].self, forKey: .before) ?? []
        after = try container.decodeIfPresent([String].self, forKey: .after) ?? []
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

    static let empty = FurnitureLexicon(
        navigationLines: [], navigationPhrases: [], readMorePrefixes: [], donationPhrases: [],
        copyrightOpenings: [], copyrightPhrases: [], pictureCreditPhrases: [], bioRoles: [], datelineWords: [],
        updatedWords: [])

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
