import Foundation

/// A bar a value must reach for an award given to everyone who reaches it (敘獎 when 消長 is
/// positive, 標竿學習獎 only at or above its 獲獎標準).
public struct Threshold: Sendable, Equatable {
    /// The bar.
    public let value: Decimal
    /// True when a value equal to the bar reaches it (≥); false when it must exceed it (>).
    public let inclusive: Bool

    /// A value must be at least `value`.
    public static func atLeast(_ value: Decimal) -> Threshold { Threshold(value: value, inclusive: true) }
    /// A value must exceed `value`.
    public static func above(_ value: Decimal) -> Threshold { Threshold(value: value, inclusive: false) }

    /// Whether `value` reaches the bar.
    public func admits(_ value: Decimal) -> Bool {
        inclusive ? value >= self.value : value > self.value
    }

    /// Whether an exact `value` (a quotient a `Decimal` would round) reaches the bar.
    public func admits(_ value: Fraction) -> Bool {
        inclusive ? value >= Fraction(self.value) : value > Fraction(self.value)
    }

    /// The units of `units` whose value reaches the bar, in their order (a unit without a
    /// value does not).
    public func admitted<Unit>(_ units: [Unit], value: (Unit) -> Decimal?) -> [Unit] {
        units.filter { value($0).map(admits) ?? false }
    }
}
