import Foundation

/// A program's rules as a document a supervisor can sign off: its title and period, input
/// files, items (with clause and weight), awards (with clause), and readings — each an entry
/// with a stable key, so that two editions can be compared entry by entry
/// (``RulesAmendment``).
public struct RulesDocument: Sendable {
    /// The parts of the document, in order.
    public enum Section: Int, Sendable, CaseIterable, Comparable {
        case program, input, indicator, award, reading

        /// The heading in Traditional Chinese.
        public var title: String {
            switch self {
            case .program: "計畫"
            case .input: "輸入資料"
            case .indicator: "評比項目"
            case .award: "獎項與名單"
            case .reading: "解讀（文件未明之處的選擇）"
            }
        }

        public static func < (a: Section, b: Section) -> Bool { a.rawValue < b.rawValue }
    }

    /// One rule: an item, an award, a reading, an input file.
    public struct Entry: Sendable, Equatable {
        /// Its section.
        public let section: Section
        /// A stable key within the section (an item's id, a file name), for comparison.
        public let key: String
        /// Its title (`(1)健保櫃檯承保申辦率`).
        public let title: String
        /// Its text: the clause and the numbers that apply.
        public let text: String

        /// True for a reading the document settles at one value.
        public let settles: Bool

        /// An entry of `section` keyed `key`.
        public init(section: Section, key: String, title: String, text: String, settles: Bool = false) {
            self.section = section
            self.key = key
            self.title = title
            self.text = text
            self.settles = settles
        }
    }

    /// The program's id and title.
    public let program: String, title: String
    /// The entries, section by section.
    public let entries: [Entry]

    /// The rules of `program` as it is configured (an edition's numbers included).
    public init(_ program: any Program) {
        self.program = program.id
        title = program.title
        var entries: [Entry] = []
        entries.append(Entry(section: .program, key: "title", title: "名稱", text: program.title))
        if let period = program.programPeriod {
            entries.append(Entry(section: .program, key: "period", title: "期間", text: "\(period.first) 至 \(period.last)"))
        }
        entries += program.ownRules
        for input in program.inputs {
            let columns = input.columns.map { $0.name + ($0.required ? "" : "（選填）") }.joined(separator: "、")
            entries.append(Entry(section: .input, key: input.fileName, title: "\(input.fileName)（\(input.title)）", text: "欄位：" + columns))
        }
        let weights = (program as? any WeightedProgram).map { Dictionary($0.weightedItems.map { ($0.id, $0.weight) }, uniquingKeysWith: { a, _ in a }) } ?? [:]
        for indicator in program.indicators {
            var text = indicator.clause
            if let weight = weights[indicator.id] { text += "\n權重：" + (weight * 100).plainText + "%" }
            entries.append(Entry(section: .indicator, key: indicator.id, title: indicator.name, text: text))
        }
        for policy in program.policies {
            entries.append(Entry(section: .award, key: policy.id, title: policy.name, text: policy.clause))
        }
        for reading in program.readings {
            // The summary names no value by its id: each value here shows the id and its label.
            let text = reading.summary + "\n（以 --reading \(reading.name)=… 選擇；" + reading.valuesListed(othersAfter: "，其他：") + "）"
            entries.append(Entry(section: .reading, key: reading.name, title: reading.title, text: text))
        }
        for settled in program.settledReadings {
            entries.append(Entry(
                section: .reading, key: settled.reading.name, title: settled.reading.title,
                text: "本版明定為「\(settled.reading.label(of: settled.value))」（不再由解讀選擇）\n" + settled.reading.summary,
                settles: true))
        }
        self.entries = entries
    }
}

/// The amendment table (修正對照表) between an edition's rules and its base's: one row per
/// difference, 修正規定 | 現行規定 | 說明, generated from the two documents.
public struct RulesAmendment: Sendable {
    /// One difference.
    public struct Row: Sendable, Equatable {
        /// The section it belongs to.
        public let section: RulesDocument.Section
        /// The rule's title (the new one, or the old where it was removed).
        public let title: String
        /// 修正規定: the new text, or nil where the rule was removed.
        public let amended: String?
        /// 現行規定: the current text, or nil where the rule is new.
        public let current: String?
        /// 說明.
        public let note: String
    }

    /// The edition and its base.
    public let edition: RulesDocument, base: RulesDocument
    /// The rows, section by section, in the edition's order, removed rules after.
    public let rows: [Row]

    /// Compares `edition` against `base`.
    public init(edition: RulesDocument, base: RulesDocument) {
        self.edition = edition
        self.base = base
        var rows: [Row] = []
        for section in RulesDocument.Section.allCases {
            let new = edition.entries.filter { $0.section == section }
            let old = base.entries.filter { $0.section == section }
            for entry in new {
                guard let before = old.first(where: { $0.key == entry.key }) else {
                    rows.append(Row(section: section, title: entry.title, amended: entry.text, current: nil, note: "新增"))
                    continue
                }
                guard before.text != entry.text || before.title != entry.title else { continue }
                let note = entry.settles && !before.settles ? "明定：本版依文件定為一種解讀，不再由使用者選擇"
                    : before.title == entry.title ? "修正" : "修正（原\(Self.quoted(before.title))）"
                rows.append(Row(section: section, title: entry.title, amended: entry.text, current: before.text, note: note))
            }
            for entry in old where !new.contains(where: { $0.key == entry.key }) {
                let note = section == .reading ? "刪除：本版已明定，不再由解讀選擇" : "刪除"
                rows.append(Row(section: section, title: entry.title, amended: nil, current: entry.text, note: note))
            }
        }
        self.rows = rows
    }

    /// A title in 「」, unless it is already quoted (a reading's title `「後五名」`).
    static func quoted(_ title: String) -> String {
        title.hasPrefix("「") && title.hasSuffix("」") ? title : "「" + title + "」"
    }
}
