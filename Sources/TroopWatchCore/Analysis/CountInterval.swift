/// The range of counts a claim stands for (DESIGN §2). `high` nil means unbounded above.
public struct CountInterval: Hashable, Sendable {
    public var low: Int
    public var high: Int?

    public init(low: Int, high: Int?) {
        self.low = low
        self.high = high
    }

    public func overlaps(_ other: CountInterval) -> Bool {
        (high.map { $0 >= other.low } ?? true) && (other.high.map { $0 >= low } ?? true)
    }

    /// The counts both allow; nil when they do not overlap.
    public func intersection(_ other: CountInterval) -> CountInterval? {
        guard overlaps(other) else { return nil }
        let upper: Int?
        switch (high, other.high) {
        case (nil, nil): upper = nil
        case (let value?, nil), (nil, let value?): upper = value
        case (let first?, let second?): upper = min(first, second)
        }
        return CountInterval(low: max(low, other.low), high: upper)
    }

    /// The smallest interval holding both.
    public func span(_ other: CountInterval) -> CountInterval {
        let upper: Int? = high.flatMap { first in other.high.map { max(first, $0) } }
        return CountInterval(low: min(low, other.low), high: upper)
    }
}

/// How loosely claims are read: the relative tolerance of "about" and the ceiling of "near zero".
public struct IntervalOptions: Hashable, Sendable {
    public var tolerance: Double
    public var nearZero: Int

    public init(tolerance: Double = 0.10, nearZero: Int = 500) {
        self.tolerance = tolerance
        self.nearZero = nearZero
    }

    public static let standard = IntervalOptions()

    /// exact n → [n, n]; approximately n → [n(1−t), n(1+t)]; at-most n → [0, n]; less-than
    /// (stated as high = n−1) → [0, n−1]; at-least n → [n, ∞); more-than (low = n+1) → [n+1, ∞);
    /// range → [a, b]; zero → [0, 0]; near-zero → [0, z].
    public func interval(of quantity: Quantity) -> CountInterval {
        switch quantity.qualifier {
        case .exact:
            let value = quantity.best ?? quantity.low ?? quantity.high ?? 0
            return CountInterval(low: value, high: value)
        case .approximately:
            let value = Double(quantity.best ?? quantity.low ?? quantity.high ?? 0)
            return CountInterval(
                low: Int((value * (1 - tolerance)).rounded(.down)), high: Int((value * (1 + tolerance)).rounded(.up)))
        case .atMost, .lessThan:
            return CountInterval(low: 0, high: quantity.high ?? quantity.best ?? 0)
        case .atLeast, .moreThan:
            return CountInterval(low: quantity.low ?? quantity.best ?? 0, high: nil)
        case .range:
            let low = quantity.low ?? 0
            return CountInterval(low: low, high: quantity.high ?? low)
        case .zero:
            return CountInterval(low: 0, high: 0)
        case .nearZero:
            return CountInterval(low: 0, high: nearZero)
        }
    }
}
