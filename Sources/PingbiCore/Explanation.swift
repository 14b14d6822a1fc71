import Foundation

/// The chain of numbers behind one value: its inputs, the formula, the formula with its
/// numbers, intermediate values, any cap or floor, and the rounding. `pingbi explain`
/// prints it; reports show it. Programs build it while they compute, so it cannot drift
/// from the value.
public struct Explanation: Sendable, Equatable {
    /// The kind of a step, which renderers may label or style.
    public enum Kind: String, Sendable {
        /// A number taken from the input data.
        case input = "輸入"
        /// The formula in words, as the document writes it.
        case formula = "公式"
        /// The formula with the numbers put in, and its exact result.
        case substitution = "代入"
        /// An intermediate value.
        case value = "數值"
        /// A cap or floor that applied (or a note that it did not).
        case limit = "上下限"
        /// Rounding (四捨五入).
        case rounding = "四捨五入"
        /// Anything else a reader needs (a reading in force, a missing month).
        case note = "說明"
        /// The value itself.
        case result = "結果"
    }

    /// One line of the chain.
    public struct Step: Sendable, Equatable {
        /// What kind of line it is.
        public let kind: Kind
        /// The line, in Traditional Chinese.
        public let text: String
    }

    /// What is explained, e.g. `S1 健保櫃檯承保申辦率`.
    public var title: String
    /// The lines, in order.
    public private(set) var steps: [Step] = []

    /// False in ``silently(_:)``: ``add(_:_:)`` neither builds nor keeps its text.
    private let recording: Bool

    /// Whether explanations made now record their lines (false inside ``silently(_:)``).
    @TaskLocal private static var isRecording = true

    /// An empty chain for `title` (a title that is not even built inside ``silently(_:)``,
    /// where the chain records nothing: items title one per office).
    public init(_ title: @autoclosure () -> String) {
        let recording = Explanation.isRecording
        self.title = recording ? title() : ""
        self.recording = recording
    }

    /// An untitled chain that records nothing, made without reading the task-local flag: what a
    /// value computed inside ``silently(_:)`` stands on (``ItemScore`` keeps none).
    public static let silent = Explanation(silentTitle: "")

    /// A chain titled `title` that records nothing.
    private init(silentTitle title: String) {
        self.title = title
        self.recording = false
    }

    /// Whether this chain records its lines (it was made outside ``silently(_:)``).
    var isRecording: Bool { recording }

    /// Whether explanations made now record their lines: false inside ``silently(_:)``, where a
    /// computation may skip work that only an explanation reads.
    public static var records: Bool { isRecording }

    /// Runs `body` with every explanation it makes recording nothing (no line's text is even
    /// built): for a computation whose explanations are made later (``UnitResult/deferExplanations(_:)``).
    public static func silently<T>(_ body: () throws -> T) rethrows -> T {
        try $isRecording.withValue(false, operation: body)
    }

    /// The groups whose units' explanations alone record, inside ``recording(onlyGroups:_:)``.
    @TaskLocal private static var onlyGroups: Set<String>?

    /// Runs `body` with the explanations of only the units of `groups` (group keys, empty for
    /// units without one) recording: the pipeline makes every other unit's silently
    /// (``Scope``). One office's explanation needs its group's items (the group's mean is
    /// explained from its members), not the other groups'.
    public static func recording<T>(onlyGroups groups: Set<String>, _ body: () throws -> T) rethrows -> T {
        try $onlyGroups.withValue(groups, operation: body)
    }

    /// Which units' explanations record now: read on the thread a computation starts on, and
    /// handed to the jobs it shares among threads (where task-local values are not seen).
    public static var scope: Scope { Scope(records: isRecording, groups: onlyGroups) }

    /// Which units' explanations record: none, every unit's, or those of some groups.
    public struct Scope: Sendable {
        /// Whether explanations record at all.
        let records: Bool
        /// The only groups whose units' explanations record; nil: every group's.
        let groups: Set<String>?

        /// Whether the explanations of a unit of `group` (its key, empty for none; not even made
        /// when none record) record.
        public func records(_ group: @autoclosure () -> String) -> Bool {
            records && (groups?.contains(group()) ?? true)
        }

        /// `body` computed for units of `group`: silently when their explanations do not record
        /// but others' do (when none record, the caller is silent already, and `group` is not made).
        public func run<T>(for group: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
            records && !records(group()) ? try Explanation.silently(body) : try body()
        }
    }

    /// Adds a line (its text is not built when the chain records nothing).
    public mutating func add(_ kind: Kind, _ text: @autoclosure () -> String) {
        guard recording else { return }
        steps.append(Step(kind: kind, text: text()))
    }

    /// Equal titles and lines.
    public static func == (a: Explanation, b: Explanation) -> Bool {
        a.title == b.title && a.steps == b.steps
    }

    /// Adds an input value: `加保 = 12`.
    public mutating func input(_ name: String, _ value: Decimal?) {
        add(.input, "\(name) = \(value?.plainText ?? "無")")
    }

    /// Adds an intermediate value: `B = 80.25`.
    public mutating func value(_ name: String, _ value: Decimal?) {
        add(.value, "\(name) = \(value?.plainText ?? "無（分母為 0）")")
    }

    /// Applies an upper bound, records it, and returns the bounded value.
    public mutating func cap(_ value: Decimal, at limit: Decimal, name: String = "上限") -> Decimal {
        if value > limit {
            add(.limit, "\(value.plainText) 超過\(name) \(limit.plainText)，以 \(limit.plainText) 計")
            return limit
        }
        add(.limit, "未超過\(name) \(limit.plainText)")
        return value
    }

    /// Applies a lower bound, records it, and returns the bounded value.
    public mutating func floor(_ value: Decimal, at limit: Decimal, name: String = "下限") -> Decimal {
        if value < limit {
            add(.limit, "\(value.plainText) 低於\(name) \(limit.plainText)，以 \(limit.plainText) 計")
            return limit
        }
        add(.limit, "不低於\(name) \(limit.plainText)")
        return value
    }

    /// Rounds half away from zero, records it, and returns the rounded value.
    public mutating func round(_ value: Decimal, to scale: Int) -> Decimal {
        let rounded = value.rounded(scale)
        add(.rounding, "\(value.plainText) 四捨五入至小數 \(scale) 位 = \(rounded.plainText)")
        return rounded
    }

    /// Records the final value.
    public mutating func result(_ value: @autoclosure () -> Decimal?) {
        add(.result, value()?.plainText ?? "無（未定義）")
    }

    /// The chain as lines of text: the title, then `  類別  內容` per step.
    public var lines: [String] {
        [title] + steps.map { "  \($0.kind.rawValue)：\($0.text)" }
    }
}
