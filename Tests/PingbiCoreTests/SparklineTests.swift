import Foundation
import PingbiCore
import Testing

@Test func sparklineSpansLowestToHighest() {
    // Levels: (v − 1) × 7 / 7 = 0, 3, 7 → ▁ ▄ █.
    #expect(Sparkline.render([Decimal(1), Decimal(4), Decimal(8)]) == "▁▄█")
}

@Test func sparklineRoundsHalfAwayFromZero() {
    // (0.5 − 0) × 7 / 1 = 3.5 → level 4 (▅), not 3 under banker's rounding.
    #expect(Sparkline.render([Decimal(0), Decimal.exact("0.5"), Decimal(1)]) == "▁▅█")
}

@Test func sparklineFlatAndMissing() {
    #expect(Sparkline.render([Decimal(3), Decimal(3)]) == "▄▄")
    #expect(Sparkline.render([Decimal(2), nil, Decimal(5)]) == "▁ █")
    #expect(Sparkline.render([nil, nil]) == "  ")
    #expect(Sparkline.render([]) == "")
}

@Test func sparklineHeightsAreWhatItDraws() {
    // A chart draws the levels themselves: 0 lowest, 7 highest, 3 for a flat series, nil missing.
    #expect(Sparkline.heights([Decimal(1), Decimal(4), nil, Decimal(8)]) == [0, 3, nil, 7])
    #expect(Sparkline.heights([Decimal(3), Decimal(3)]) == [3, 3])
    #expect(Sparkline.heights([nil]) == [nil])
}
