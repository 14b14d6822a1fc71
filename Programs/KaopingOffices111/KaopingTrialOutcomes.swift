import Foundation
import PingbiCore

/// The changed office's outcomes in a what-if run of kaoping-111 (``Kaoping111/trials(_:)``),
/// worked out on its group and on the 行動服務貢獻獎 pool only, yet exactly those of the whole run
/// (``Kaoping111/recompute(_:unit:from:rows:_:frame:)`` on the changed data):
///
/// - a change to one office's counts changes the group item scores of its group alone, and
///   only of the items that read the changed column (``GroupItem/columns``); a member's total
///   (``ScoredProgram/totaller(_:)``) reads its scores only as they enter the total
///   (``ItemScore/forTotal(_:)``), so only the members where one of those changed, and the
///   office itself, are totalled again;
/// - ranks are within groups and 菁英獎's places are per group (``EliteAward``): the office's
///   group is awarded on its own, and on its contenders only (``contenders(_:places:in:)``);
/// - 行動服務貢獻獎 (``MobileAward``) reads only the offices whose 行動量 ranks within its pool,
///   and which of them won 菁英獎: it is decided on the field of ``poolField(around:)``, with
///   the 菁英獎 winners of the other groups as the data as read gave them.
///
/// An office moved to another group by `offices.csv` (``outcomes(office:movedTo:)``) changes
/// both groups: each is scored, totalled, ranked and awarded again whole.
struct KaopingTrialOutcomes: Sendable {
    /// What the office's group was on the data as read: its members, their scores as they enter
    /// the total, and their standings.
    struct GroupBaseline: Sendable {
        /// The members' roster positions, ascending.
        let places: [Int]
        /// Each roster position's place among ``places``.
        let member: [Int: Int]
        /// The members' activity.
        let units: [OfficeActivity]
        /// Each group item's scores of the members as they enter the total.
        let forTotal: [[Fraction]]
        /// The members' standings.
        let standings: [Standing]
        /// The members' ranks in the group.
        let ranks: [Int]
        /// The members (their places among ``places``) by rank, equal ranks in roster order.
        let order: [Int]
    }

    /// The groups' baselines, each made when a trial first changes one of its offices.
    final class Baselines: @unchecked Sendable {
        private let lock = NSLock()
        private var groups: [Int: GroupBaseline] = [:]

        func baseline(of group: Int, _ make: () -> GroupBaseline) -> GroupBaseline {
            lock.withLock {
                if let known = groups[group] { return known }
                let made = make()
                groups[group] = made
                return made
            }
        }
    }

    let program: Kaoping111
    let data: KaopingData
    let readings: ReadingChoices
    let scored: ScoredItems
    /// Every office's standing and rank in its group on the data as read, in roster order.
    let standings: [Standing]
    let ranks: [Int]
    /// The roster positions of each group's members.
    let groupPlaces: [Int: [Int]]
    /// Every roster position by 行動量, most first (equal ones in roster order).
    let byVolume: [Int]
    /// The 菁英獎 winners on the data as read, with their groups.
    let eliteWinners: [(outcome: Outcome, group: Int)]
    let baselines = Baselines()

    /// The trials' outcomes from `ranked` and `unchanged`, the run on `data` as read.
    init(_ program: Kaoping111, data: KaopingData, readings: ReadingChoices, scored: ScoredItems, ranked: RankedUnits<Standing>, unchanged: ProgramResult) {
        precondition(
            program.awards.map(\.id) == [program.eliteAward.id, program.mobileAward.id],
            "KaopingTrialOutcomes: decides 菁英獎 and 行動服務貢獻獎 only")
        self.program = program
        self.data = data
        self.readings = readings
        self.scored = scored
        standings = ranked.standings
        ranks = ranked.ranks
        var groupPlaces: [Int: [Int]] = [:]
        for (place, standing) in standings.enumerated() { groupPlaces[standing.group, default: []].append(place) }
        self.groupPlaces = groupPlaces
        let standings = self.standings
        byVolume = standings.indices.sorted { (-standings[$0].mobileVolume, $0) < (-standings[$1].mobileVolume, $1) }
        let winners = Set(unchanged.outcomes.filter { $0.policy == program.eliteAward.id }.map(\.unit))
        var eliteGroups: [String: Int] = [:]
        for standing in standings where winners.contains(standing.unit) { eliteGroups[standing.unit] = standing.group }
        eliteWinners = unchanged.outcomes.filter { $0.policy == program.eliteAward.id }.map { ($0, eliteGroups[$0.unit]!) }
    }

    /// The outcomes of the office at roster position `office` (in the whole run's order) when
    /// its counts are `months` in the months given, changed in `column`.
    func outcomes(office: Int, months: [YearMonth: Counts], column: CountColumn) -> [Outcome] {
        Explanation.silently {
            let changed = data.activity[office].changing(months: months), group = changed.office.group
            let baseline = baselines.baseline(of: group) { makeBaseline(of: group) }
            let member = baseline.member[office]!, rounding = program.rounding(readings)
            var units = baseline.units
            units[member] = changed
            let input = GroupMembers(units: units, readings: readings, weights: program.weights)
            // The group items reading the column scored again; the members whose scores moved.
            var rescored: [(item: Int, scores: [ItemScore])] = []
            var moved = Set([member])
            for (number, item) in program.items.enumerated() where item.columns.contains(column) {
                let scores = program.groupItems[number].evaluate(input)
                rescored.append((number, scores))
                for index in scores.indices where scores[index].forTotal(rounding) != baseline.forTotal[number][index] { moved.insert(index) }
            }
            let unitScores = program.unitItems.map { $0.evaluate(UnitMember(unit: changed, readings: readings)) }
            let ids = program.groupItems.map(\.id) + program.unitItems.map(\.id), total = program.totaller(readings)
            // The moved members' standings now (the others' are as read: no copy of the group's).
            var now: [Int: Standing] = [:]
            for index in moved {
                var scores = scored.sheet.scores(ids, at: baseline.places[index])
                for (item, new) in rescored { scores[item] = new[index] }
                if index == member { scores.replaceSubrange(program.groupItems.count..., with: unitScores) }
                let value = total { id in scores[ids.firstIndex(of: id)!] }
                let old = baseline.standings[index]
                now[index] = index == member
                    ? standing(of: changed, total: value)
                    : Standing(old.unit, group: old.group, total: value, assist: old.assist, mobileVolume: old.mobileVolume)
            }
            let method = program.rankMethod(readings)
            let contenders = method == .competition
                ? Self.contenders(moved, places: program.eliteAward.quotas[group] ?? 0, in: baseline) : Array(baseline.places.indices)
            let contending = contenders.map { now[$0] ?? baseline.standings[$0] }
            let contendingRanks = GroupRanking.ranks(contending, group: \.group, by: program.rankKeys, method: method)
            let elite = program.eliteAward.decide(
                Standings(members: contending, ranks: contendingRanks, readings: readings, provisional: data.provisional))
            // 行動服務貢獻獎 on the pool's field, this group's members as they are now.
            let field = poolField(around: office)
            let fieldMembers = Standing.rankingMobileVolume(field.map { place in
                baseline.member[place].flatMap { now[$0] } ?? standings[place]
            })
            // 行動服務貢獻獎 ranks its candidates itself and reads no group rank: the field's
            // members keep theirs as read.
            let fieldRanks = field.map { ranks[$0] }
            let decided = elite.outcomes + eliteWinners.filter { $0.group != group }.map(\.outcome)
            let mobile = program.mobileAward.decide(
                Standings(members: fieldMembers, ranks: fieldRanks, readings: readings, provisional: data.provisional, decided: decided))
            return (elite.outcomes + mobile.outcomes).filter { $0.unit == changed.office.name }
        }
    }

    /// The outcomes of the office at roster position `office` when `offices.csv` makes it
    /// `moved`, in another group with its counts as read (in the whole run's order).
    func outcomes(office: Int, movedTo moved: Office) -> [Outcome] {
        Explanation.silently {
            let from = data.activity[office].office.group, to = moved.group
            let leaving = baselines.baseline(of: from) { makeBaseline(of: from) }
            let joining = baselines.baseline(of: to) { makeBaseline(of: to) }
            // The group it leaves without it; the group it joins with it, in roster order.
            let leftPlaces = leaving.places.filter { $0 != office }
            let left = rescored(leftPlaces, units: leftPlaces.map { data.activity[$0] })
            let at = joining.places.firstIndex { $0 > office } ?? joining.places.count
            var joinedPlaces = joining.places, joinedUnits = joining.units
            joinedPlaces.insert(office, at: at)
            joinedUnits.insert(data.activity[office].moving(to: moved), at: at)
            let joined = rescored(joinedPlaces, units: joinedUnits)
            let method = program.rankMethod(readings)
            let elite = [left, joined].map { members in
                program.eliteAward.decide(Standings(
                    members: members, ranks: GroupRanking.ranks(members, group: \.group, by: program.rankKeys, method: method),
                    readings: readings, provisional: data.provisional))
            }
            // 行動服務貢獻獎 on the pool's field, both groups' members as they are now.
            var now: [Int: Standing] = [:]
            for (place, standing) in zip(leftPlaces, left) { now[place] = standing }
            for (place, standing) in zip(joinedPlaces, joined) { now[place] = standing }
            let field = poolField(around: office)
            let fieldMembers = Standing.rankingMobileVolume(field.map { now[$0] ?? standings[$0] })
            let decided = elite[1].outcomes + elite[0].outcomes + eliteWinners.filter { $0.group != from && $0.group != to }.map(\.outcome)
            // 行動服務貢獻獎 ranks its candidates itself and reads no group rank.
            let mobile = program.mobileAward.decide(Standings(
                members: fieldMembers, ranks: field.map { ranks[$0] }, readings: readings, provisional: data.provisional, decided: decided))
            return (elite[1].outcomes + mobile.outcomes).filter { $0.unit == moved.name }
        }
    }

    /// The standings of a group's members at roster positions `places` (ascending) with the
    /// activity `units`: every group item scored again on them, each member totalled from
    /// those scores and its own items' as read.
    private func rescored(_ places: [Int], units: [OfficeActivity]) -> [Standing] {
        let input = GroupMembers(units: units, readings: readings, weights: program.weights)
        let scores = program.groupItems.map { $0.evaluate(input) }
        let ids = program.groupItems.map(\.id) + program.unitItems.map(\.id), total = program.totaller(readings)
        return places.indices.map { index in
            var all = scored.sheet.scores(ids, at: places[index])
            for item in scores.indices { all[item] = scores[item][index] }
            let value = total { id in all[ids.firstIndex(of: id)!] }
            let old = standings[places[index]]
            return Standing(old.unit, group: units[index].office.group, total: value, assist: old.assist, mobileVolume: old.mobileVolume)
        }
    }

    /// The roster positions, ascending, of `office` and of every other office whose 行動量 ranks
    /// within 行動服務貢獻獎's pool among the offices other than it, whatever `office`'s 行動量.
    ///
    /// An office ranks within the pool among all only if it does among the others, so every
    /// office that can be in the pool is here; and every office above one of the field's
    /// members in 行動量 is in the field, so each member's rank in the field is its rank among
    /// all wherever either is within the pool (the changed office ranks below the pool in the
    /// field exactly when it does among all). The pool, its cut line and its ties are the same.
    func poolField(around office: Int) -> [Int] {
        var field = [office]
        // Competition ranks among the others: 1 + how many of them have more.
        var others = 0, rank = 0, previous: Int?
        for place in byVolume where place != office {
            let volume = standings[place].mobileVolume
            if volume != previous { rank = others + 1 }
            guard rank <= program.mobilePoolSize else { break }
            field.append(place)
            others += 1
            previous = volume
        }
        return field.sorted()
    }

    /// The members of a group (their places in it, ascending) on whom 菁英獎's `places` are
    /// decided when the members `moved` are the only ones whose standings changed: the moved,
    /// the others that ranked within `places` among the others as read, and the first other
    /// below them, if any.
    ///
    /// The others keep their order; one the changed group ranks within `places` (competition
    /// ranks: fewer than `places` above it) ranked so among the others, so every member within
    /// the places is here, with all members above it: its rank here is its rank in the group.
    /// Every member here above the others left out has its rank in the group too, and one
    /// below the places here is below them in the group; the first other below them ranks
    /// below the places here as in the group. The cut line, its ties and the places left empty
    /// above it (``QuotaCut``) are then the group's.
    static func contenders(_ moved: Set<Int>, places: Int, in baseline: GroupBaseline) -> [Int] {
        var chosen = Array(moved)
        // Among the others: how many rank above the one at hand.
        var others = 0, above = 0, previous: Int?
        for index in baseline.order where !moved.contains(index) {
            let rank = baseline.ranks[index]
            if rank != previous { above = others }
            chosen.append(index)
            guard above < places else { break }
            others += 1
            previous = rank
        }
        return chosen.sorted()
    }

    /// The changed office's standing with `total`: its 協助件數 and 行動量 made by
    /// ``Kaoping111/standings(_:rows:readings:)`` from its changed counts.
    private func standing(of office: OfficeActivity, total: Decimal) -> Standing {
        let alone = KaopingData(
            period: data.period, provisional: data.provisional, periodFromData: data.periodFromData, activity: [office],
            monthly: MonthlyA([office], items: program.items), warnings: [])
        var rows = [UnitResult(unit: office.office.name, group: String(office.office.group), values: ["total": total])]
        return program.standings(alone, rows: &rows, readings: readings)[0]
    }

    /// The baseline of `group`, read from the run on the data as read.
    private func makeBaseline(of group: Int) -> GroupBaseline {
        let places = groupPlaces[group] ?? [], ids = program.groupItems.map(\.id), rounding = program.rounding(readings)
        var forTotal = [[Fraction]](repeating: [], count: ids.count)
        for place in places {
            for (number, score) in scored.sheet.scores(ids, at: place).enumerated() { forTotal[number].append(score.forTotal(rounding)) }
        }
        let groupRanks = places.map { ranks[$0] }
        return GroupBaseline(
            places: places, member: Dictionary(uniqueKeysWithValues: places.enumerated().map { ($0.element, $0.offset) }),
            units: places.map { data.activity[$0] }, forTotal: forTotal, standings: places.map { standings[$0] }, ranks: groupRanks,
            order: groupRanks.indices.sorted { (groupRanks[$0], $0) < (groupRanks[$1], $1) })
    }
}
