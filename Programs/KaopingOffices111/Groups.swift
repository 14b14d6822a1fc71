import Foundation
import PingbiCore

/// 肆、一 分組評比: the four groups by 110年每月平均異動筆數 (附件1).
///
/// > 依各公所 110年每月平均異動筆數多寡…為基準，區分為 4 個組別(附件 1)。
/// > 一 月平均異動量≥200筆 10 / 二 月平均異動量 80~199筆 11 / 三 月平均異動量 30~79 筆 27 /
/// > 四 月平均異動量＜29筆 29
enum Groups {
    /// The group numbers.
    static let all = [1, 2, 3, 4]

    /// The number of offices the document gives each group.
    static let documentedSizes = [1: 10, 2: 11, 3: 27, 4: 29]

    /// The display names (`第一組`).
    static let titles = ["1": "第一組", "2": "第二組", "3": "第三組", "4": "第四組"]

    /// The group of a 110 monthly average under `bounds`; nil when it falls in a gap of the
    /// document's bounds (`as-written`: 199–200, 79–80, 29–30 are in no group).
    static func group(forAverage average: Decimal, bounds: GroupBounds) -> Int? {
        switch bounds {
        case .halfOpen:
            if average >= 200 { return 1 }
            if average >= 80 { return 2 }
            if average >= 30 { return 3 }
            return 4
        case .asWritten:
            if average >= 200 { return 1 }
            if average >= 80 && average <= 199 { return 2 }
            if average >= 30 && average <= 79 { return 3 }
            if average < 29 { return 4 }
            return nil
        }
    }

    /// Reads a 組別 cell: `1`–`4`, `一`–`四`, or `第一組`…; nil when it is none of these.
    static func parse(_ text: String) -> Int? {
        let names = ["1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4]
        var key = text
        if key.hasPrefix("第") { key.removeFirst() }
        if key.hasSuffix("組") { key.removeLast() }
        return names[key]
    }
}
