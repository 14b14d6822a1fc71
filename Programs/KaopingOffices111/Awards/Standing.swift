import Foundation
import PingbiCore

/// One office's place in the competition: what the award policies read.
public struct Standing: Sendable, Equatable {
    /// The office.
    let unit: String
    /// Its group, 1–4.
    let group: Int
    /// Its 總得分.
    let total: Decimal
    /// Its 協助件數 (tie-breaker).
    let assist: Int
    /// Its 行動量.
    let mobileVolume: Int
    /// ``total`` as a fraction: what ranking compares (much faster than comparing `Decimal`s)
    /// when a total has no ``totalMillionths``. Made when read: kept on every standing, it was
    /// 100,000 fractions made and copied that no ranking compared.
    var exactTotal: Fraction { Fraction(total) }
    /// ``total`` as a whole number of millionths, where it is one within `Int` (a rounded total
    /// always is): what ranking compares when every total has one (no fraction compared).
    let totalMillionths: Int?
    /// Its rank by 行動量 among all the offices (1 most, ties share), which 行動服務貢獻獎's pool
    /// reads: set for the whole field by ``rankingMobileVolume(_:)``, once per ranking rather
    /// than once per award decided.
    private(set) var mobileRank = 0

    /// A standing.
    init(_ unit: String, group: Int = 1, total: Decimal, assist: Int = 0, mobileVolume: Int = 0) {
        self.unit = unit
        self.group = group
        self.total = total
        self.assist = assist
        self.mobileVolume = mobileVolume
        self.totalMillionths = Self.millionths(total)
    }

    /// `value` as a whole number of millionths, where it is one within `Int`.
    static func millionths(_ value: Decimal) -> Int? {
        guard let parts = value.smallParts, parts.exponent >= -6, parts.exponent <= 12, let significand = Int(exactly: parts.significand) else { return nil }
        var scale = 1
        for _ in 0..<(parts.exponent + 6) { scale *= 10 }
        let (scaled, overflow) = significand.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        return parts.negative ? -scaled : scaled
    }

    /// Ranks by 總得分 descending, then 協助件數 descending (伍、一 備註); equal on both share
    /// a competition rank. Parallel to `standings`.
    static func ranks(_ standings: [Standing]) -> [Int] {
        Ranking.ranks(standings, by: rankKeys)
    }

    /// `standings` with each one's ``mobileRank`` among them all.
    static func rankingMobileVolume(_ standings: consuming [Standing]) -> [Standing] {
        var standings = standings
        rankMobileVolume(&standings)
        return standings
    }

    /// Sets each of `standings`' ``mobileRank`` among them all, in place (no standing copied).
    static func rankMobileVolume(_ standings: inout [Standing]) {
        let ranks = Ranking.ranks(standings, by: [.descending(at: { $0.pointee.mobileVolume })])
        for index in ranks.indices { standings[index].mobileRank = ranks[index] }
    }

    /// The rank of each office within its group, by unit.
    static func groupRanks(_ standings: [Standing]) -> [String: Int] {
        let ranks = GroupRanking.ranks(standings, group: \.group, by: rankKeys)
        return Dictionary(uniqueKeysWithValues: zip(standings.map(\.unit), ranks))
    }

    /// 總得分 descending, then 協助件數 descending, each standing read through its pointer
    /// (``RankKey/descending(at:whole:)``), not copied.
    static let rankKeys: [RankKey<Standing>] = [
        .descending(at: { $0.pointee.exactTotal }, whole: { $0.pointee.totalMillionths }), .descending(at: { $0.pointee.assist }),
    ]
}

/// The title of the `tied-at-cut` outcomes in a kaoping result.
let kaopingTiedAtCutTitle = TiedAtCut.title(referredTo: "評審決定")

/// Outcomes as `unit:rank` text, for examples.
func summary(_ decision: Decision, policy: String) -> [String] {
    decision.outcomes.filter { $0.policy == policy }.map { "\($0.unit):\($0.rank.map(String.init) ?? "-")" }
}
