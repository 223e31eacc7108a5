import Foundation
import TroopWatchCore

/// Generates varied, realistic-looking articles for benchmarks: headlines, datelines, bylines,
/// paragraphs of force-size reports in many phrasings, quotes, filler and page furniture.
/// Deterministic for a given seed, so runs compare.
public struct SyntheticCorpus {
    public struct Document: Sendable {
        public var id: String
        public var text: String
    }

    private var random: SplitMix

    public init(seed: UInt64) {
        random = SplitMix(state: seed)
    }

    static let countries = [
        ("Russian", "Russia"), ("Belarusian", "Belarus"), ("Ukrainian", "Ukraine"), ("Polish", "Poland"),
        ("North Korean", "North Korea"), ("American", "Lithuania"), ("German", "Lithuania"),
    ]
    static let places = ["Belarus", "Ukraine", "Poland", "Lithuania", "Russia", "Latvia", "Moldova"]
    static let nouns = ["troops", "soldiers", "servicemen", "personnel", "fighters", "tanks", "aircraft", "helicopters"]
    static let qualifiers = ["about", "around", "up to", "more than", "fewer than", "at least", "an estimated", "nearly", ""]
    static let sources = [
        "Andriy Demchenko, spokesperson for Ukraine's State Border Guard Service, said", "according to ISW",
        "the Belarusian Hajun project reported", "Ukrainian officials said", "the UK Ministry of Defence estimated",
        "Budanov told reporters",
    ]
    static let times = [
        "last year", "in early July", "on Thursday", "in late 2022", "a few weeks ago", "currently", "in March 2023",
        "this summer", "until recently", "on October 16th",
    ]
    static let months = ["January", "March", "May", "July", "September", "November"]
    static let filler = [
        "The situation at the border remains stable, officials said, and there is no threat of an incursion.",
        "Analysts say the exercises are meant to distract and stretch the defending forces.",
        "The ministry did not comment on the reports, which could not be independently verified.",
        "Satellite images published last month show new fortifications along the main roads.",
        "The rotation follows months of speculation about a new offensive from the north.",
        "Officials declined to give details of the equipment moved by rail during the night.",
        "Residents of nearby villages reported columns of trucks moving toward the training grounds.",
        "The defence minister said the drills were planned long in advance and posed no danger to neighbours.",
        "Western governments have imposed sanctions on the country for its role in the war.",
        "Border crossings remained open, although traffic was slower than usual on Tuesday.",
        "The opposition in exile called the announcement a propaganda exercise aimed at a domestic audience.",
        "Military observers noted that the units had returned to their permanent bases after the exercise.",
        "A spokesperson for the alliance said it was monitoring the situation closely with its partners.",
        "Engineers have been building new camps and repairing railway lines close to the frontier.",
        "The president met commanders at a training ground and praised the combat readiness of the troops.",
        "Independent monitors track the movements of trains and convoys using photos sent by residents.",
        "Kyiv has repeatedly warned that any attack from the north would be met with force.",
        "The region has seen several large exercises since the start of the full-scale invasion in 2022.",
    ]

    public mutating func documents(count: Int) -> [Document] {
        (0..<count).map { index in Document(id: String(format: "bench-%06d", index), text: article(index)) }
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }

    private mutating func number() -> String {
        let value = Int(random.next() % 20_000) + 50
        switch random.next() % 4 {
        case 0: return String(value)
        case 1: return value >= 1000 ? "\(value / 1000),\(String(format: "%03d", value % 1000))" : String(value)
        case 2: return ["nine", "a thousand", "two hundred", "thousands of", "twenty-five"][Int(random.next() % 5)]
        default: return "\(value / 1000 + 1),000"
        }
    }

    private mutating func article(_ index: Int) -> String {
        let (demonym, _) = pick(Self.countries)
        let place = pick(Self.places)
        var lines: [String] = ["Skip to main content", ""]
        lines.append("# \(demonym) forces in \(place): new estimates of the deployment")
        lines.append("")
        lines.append("\(pick(Self.months)) \(Int(random.next() % 28) + 1), \(2022 + Int(random.next() % 3))")
        lines.append("By Jane Doe")
        lines.append("")
        // Like the seed articles: about one reported number per kilobyte among ordinary prose.
        for _ in 0..<(4 + Int(random.next() % 6)) {
            var paragraph: [String] = []
            for _ in 0..<(2 + Int(random.next() % 3)) { paragraph.append(pick(Self.filler)) }
            if random.next() % 2 == 0 {
                let qualifier = pick(Self.qualifiers)
                let sentence =
                    "\(qualifier.isEmpty ? "" : qualifier + " ")\(number()) \(pick(Self.countries).0) \(pick(Self.nouns)) were in \(pick(Self.places)) \(pick(Self.times)), \(pick(Self.sources))."
                paragraph.insert(sentence.prefix(1).uppercased() + sentence.dropFirst(), at: Int(random.next() % 2))
            }
            if random.next() % 8 == 0 {
                paragraph.append("“Almost all \(demonym) troops have been withdrawn from \(place),” the spokesperson said.")
            }
            lines.append(paragraph.joined(separator: " "))
            lines.append("")
        }
        lines.append("Read more: \(demonym) drills near the border")
        lines.append("Copyright © 2019 - 2024 Example News | All rights reserved")
        return lines.joined(separator: "\n")
    }
}

/// SplitMix64: a tiny, fast, seedable generator.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
