import Foundation
import PingbiCore

/// 初審: the written check that leaves a nomination out of 複審, with the first reason found.
///
/// > 附件五 備註 4.(1)：「初審：由衛福部先針對書面資料進行審核，未符合規定或超額提報部分，將不予納入複審。」
/// > 備註 1：「各直轄市、縣（市）政府至少推薦 1 人，至多推薦 3 人。」附件六：「受推薦人優良性績概述
/// > (500字以內)」「請提供個人服務照片至少 2 張」；附件五：「積極推展國民年金業務之現任人員」。
public struct PreliminaryReview: AwardPolicy {
    public let id = "excluded"
    /// Its outcomes are exclusions at 初審.
    public let kind = OutcomeKind.exclusion
    public let name = "初審未納入複審"
    /// 附件五 備註 4.(1) with the limits in force: the document's words for its own numbers.
    public var clause: String {
        "附件五 備註 4.(1)：初審由衛福部針對書面資料進行審核，未符合規定或超額提報部分，不予納入複審"
            + "（至多推薦 \(perAgency) 人；現任人員；事蹟概述 \(summaryLimit) 字以內；服務照片至少 \(minimumPhotos) 張）。"
    }

    /// The most an agency may nominate (附件五 備註 1: 3).
    public var perAgency: Int
    /// The longest 事蹟概述, in characters (附件六: 500).
    public var summaryLimit: Int
    /// The fewest photos (附件六: 2).
    public var minimumPhotos: Int

    /// What 初審 reads: the nominations in file order and the `excess` reading.
    public struct Input: Sendable {
        /// The nominations, in file order.
        public let nominations: [Nomination]
        /// Reading `excess`.
        public let excess: Excess

        /// An input.
        public init(nominations: [Nomination], excess: Excess) {
            self.nominations = nominations
            self.excess = excess
        }
    }

    /// The policy with the limits in force (附件五、六's by default).
    public init(
        perAgency: Int = PensionExemplary112.documentNominationLimit, summaryLimit: Int = PensionExemplary112.documentSummaryLimit,
        minimumPhotos: Int = PensionExemplary112.documentPhotoMinimum
    ) {
        self.perAgency = perAgency
        self.summaryLimit = summaryLimit
        self.minimumPhotos = minimumPhotos
    }

    /// The reason each nomination is left out (parallel to the input), nil for those that pass.
    /// Checks stop at the first reason: 超額, 非現任, 事蹟概述, 照片.
    public func reasons(_ input: Input) -> [String?] {
        exclusions(input).map { $0?.reason }
    }

    /// Each nomination's exclusion (parallel to the input): the outcome's label and the reason,
    /// nil for those that pass.
    func exclusions(_ input: Input) -> [(label: String, reason: String)?] {
        let counts = Dictionary(uniqueKeysWithValues: Self.agencies(input.nominations).map { ($0.agency, $0.count) })
        var position: [String: Int] = [:]
        return input.nominations.map { n in
            position[n.agency, default: 0] += 1
            let total = counts[n.agency]!
            if total > perAgency {
                switch input.excess {
                case .firstThree where position[n.agency]! > perAgency:
                    return ("超額", "超額：\(n.agency)推薦 \(total) 人，此為第 \(position[n.agency]!) 位（至多推薦 \(perAgency) 人）")
                case .wholeAgency:
                    return ("超額", "超額：\(n.agency)推薦 \(total) 人，超過 \(perAgency) 人，該機關全部不予納入")
                default: break
                }
            }
            if !n.serving { return ("非現任", "非現任人員") }
            if n.summaryLength == 0 { return ("事蹟概述不符", "事蹟概述空白") }
            if n.summaryLength > summaryLimit { return ("事蹟概述不符", "事蹟概述 \(n.summaryLength) 字，超過 \(summaryLimit) 字") }
            if n.photos < minimumPhotos { return ("照片不足", "服務照片 \(n.photos) 張，少於 \(minimumPhotos) 張") }
            return nil
        }
    }

    /// Each nominating agency with how many it nominated, in the order each first appears.
    static func agencies(_ nominations: [Nomination]) -> [(agency: String, count: Int)] {
        var agencies: [(agency: String, count: Int)] = [], place: [String: Int] = [:]
        for n in nominations {
            if let index = place[n.agency] { agencies[index].count += 1 } else {
                place[n.agency] = agencies.count
                agencies.append((n.agency, 1))
            }
        }
        return agencies
    }

    /// An `excluded` outcome per nomination left out; a warning per agency over its quota.
    public func decide(_ input: Input) -> Decision {
        var decision = Decision()
        for (n, exclusion) in zip(input.nominations, exclusions(input)) {
            if let exclusion {
                decision.outcomes.append(Outcome(policy: id, unit: n.name, label: "初審未通過：" + exclusion.label, labelKind: .level, reason: exclusion.reason, agency: n.agency))
            }
        }
        for (agency, count) in Self.agencies(input.nominations) where count > perAgency {
            decision.warnings.append("\(agency)推薦 \(count) 人，超過至多 \(perAgency) 人之規定（超額部分不予納入複審）。")
        }
        return decision
    }

    /// Worked on 附件五、六's limits, and one on those in force.
    public var examples: [Example] {
        let four = (1...4).map { Nomination.sample("甲\($0)", line: $0 + 1) }
        let reasons: @Sendable (Input) -> [String] = { PreliminaryReview().reasons($0).map { $0 ?? "通過" } }
        // One agency nominating one more than the limit; others at and over the limits of 事蹟概述 and photos.
        let configured = self, limit = perAgency
        let photos = minimumPhotos
        let field = (1...limit + 1).map { Nomination.sample("甲\($0)", summary: 1, photos: photos, line: $0 + 1) } + [
            .sample("乙", agency: "新北市", summary: summaryLimit, photos: photos),
            .sample("丙", agency: "臺中市", summary: summaryLimit + 1, photos: photos),
            .sample("丁", agency: "臺南市", summary: 1, photos: photos),
        ] + (photos > 0 ? [.sample("戊", agency: "高雄市", summary: 1, photos: photos - 1)] : [])
        let inForce = Array(repeating: "通過", count: limit) + [
            "超額：臺北市推薦 \(limit + 1) 人，此為第 \(limit + 1) 位（至多推薦 \(limit) 人）",
            "通過", "事蹟概述 \(summaryLimit + 1) 字，超過 \(summaryLimit) 字", "通過",
        ] + (minimumPhotos > 0 ? ["服務照片 \(minimumPhotos - 1) 張，少於 \(minimumPhotos) 張"] : [])
        let inForceTitle = "本版初審規定：至多推薦 \(limit) 人、事蹟概述 \(summaryLimit) 字以內、服務照片至少 \(minimumPhotos) 張"
        return [
            Example("excess=first-three：同機關第 4 位超額", expect: ["通過", "通過", "通過", "超額：臺北市推薦 4 人，此為第 4 位（至多推薦 3 人）"]) {
                reasons(Input(nominations: four, excess: .firstThree))
            },
            Example("excess=whole-agency：推薦 4 人則全部不予納入", expect: 4) {
                PreliminaryReview().decide(Input(nominations: four, excess: .wholeAgency)).outcomes.count
            },
            Example("非現任", expect: ["非現任人員"]) {
                reasons(Input(nominations: [.sample("乙", serving: false)], excess: .firstThree))
            },
            Example("事蹟概述空白", expect: ["事蹟概述空白"]) {
                reasons(Input(nominations: [.sample("乙", summary: 0)], excess: .firstThree))
            },
            Example("事蹟概述 500 字通過、501 字不通過", expect: ["通過", "事蹟概述 501 字，超過 500 字"]) {
                reasons(Input(nominations: [.sample("乙", summary: 500), .sample("丙", summary: 501)], excess: .firstThree))
            },
            Example("照片 1 張不通過", expect: ["服務照片 1 張，少於 2 張"]) {
                reasons(Input(nominations: [.sample("乙", photos: 1)], excess: .firstThree))
            },
            Example("檢查於第一個理由停止：非現任且照片不足，只列非現任", expect: ["非現任人員"]) {
                reasons(Input(nominations: [.sample("乙", serving: false, summary: 0, photos: 0)], excess: .firstThree))
            },
            Example(inForceTitle, expect: inForce) {
                configured.reasons(Input(nominations: field, excess: .firstThree)).map { $0 ?? "通過" }
            },
        ]
    }
}
