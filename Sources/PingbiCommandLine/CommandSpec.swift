/// An option of a command, as data: help is generated from it.
struct OptionSpec {
    let name: String
    let valueName: String
    let help: String
    var takesValue: Bool { !valueName.isEmpty }
}

/// A command of `pingbi`, as data: name, usage, help and options.
struct CommandSpec {
    let name: String
    let usage: String
    let summary: String
    let options: [OptionSpec]
    let maxPositional: Int

    /// The command's `--help` text.
    var help: String {
        var text = "用法：pingbi \(usage)\n\n\(summary)\n"
        let all = options + [OptionSpec(name: "help", valueName: "", help: "顯示本說明")]
        text += "\n選項：\n"
        let width = all.map { ("--" + $0.name + ($0.takesValue ? " " + $0.valueName : "")).count }.max() ?? 0
        for option in all {
            let left = "--" + option.name + (option.takesValue ? " " + option.valueName : "")
            text += "  " + left + String(repeating: " ", count: width - left.count + 2) + option.help + "\n"
        }
        return text
    }

    static let data = OptionSpec(name: "data", valueName: "DIR", help: "輸入資料夾（CSV；UTF-8 或 Big5）。未指定時使用各程式內附的範例資料")
    static let reading = OptionSpec(name: "reading", valueName: "NAME=VALUE", help: "選擇解讀（可重複），例如 --reading line-cap=3")
    static let period = OptionSpec(name: "period", valueName: "A..B", help: "只計算部分期間，例如 111-02..111-05（結果標示為暫定）")
    static let history = OptionSpec(name: "history", valueName: "DIR", help: "歷次收繳率快照資料夾（追蹤趨勢用）")

    static let run = CommandSpec(
        name: "run", usage: "run [PROGRAM…] [--data DIR] [--format table|json|csv|html|text|xlsx] [--out DIR] [--reading NAME=VALUE]… [--period A..B] [--all] [--date YYYY-MM-DD] [--internal] [--per-unit] [--sensitivity] [--previous RESULT.json] [--gap]",
        summary: "計算評比。未指定程式時，一次計算所有已註冊的程式（未指定 --data 時用內附範例資料；指定 --data 時只計算資料夾中輸入檔齊全的程式）。",
        options: [
            data, reading, period, history,
            OptionSpec(name: "format", valueName: "FORMAT", help: "輸出格式：table（預設）、json、csv（每個程式一檔，Excel 可開）、html（一份含圖表的報告 pingbi-report.html）、text（LINE 公告文字）、xlsx（一個 Excel 活頁簿 pingbi-results.xlsx，須與 --out 併用）"),
            OptionSpec(name: "out", valueName: "DIR", help: "寫入資料夾，每個程式一個檔案（全有或全無：全部寫好才一起改名；失敗時不留暫存檔，原有檔案不變動）"),
            OptionSpec(name: "all", valueName: "", help: "表格顯示所有單位（預設每組只列前 10 名及獲獎者）"),
            OptionSpec(name: "date", valueName: "YYYY-MM-DD", help: "html 報告的製表日期（預設今天），例如 --date 2022-10-14"),
            OptionSpec(name: "internal", valueName: "", help: "html 報告加入承辦人檢核事項（警告；內部版，不對外公布）"),
            OptionSpec(name: "per-unit", valueName: "", help: "html 改為每個單位一頁（可列印分送各單位；寫入 pingbi-units.html）"),
            OptionSpec(name: "sensitivity", valueName: "", help: "html 報告加入「判讀敏感度」：哪些獎項會因解讀而改變（同 pingbi sensitivity）"),
            OptionSpec(name: "previous", valueName: "RESULT.json", help: "html 報告加入「與前次結果比較」：與前次 pingbi run --format json 寫出的結果相比，獎項、名次或數值改變的單位及原因（同一程式、同一期）"),
            OptionSpec(name: "gap", valueName: "", help: "html 報告加入「與獎項的距離」，單位頁（--per-unit）列出各獎項的距離：每個單位單獨改變哪一項件數、最少多少就能獲獎或會失去（同 pingbi gap；須多次重新計算，較費時）"),
        ],
        maxPositional: .max)
    static let list = CommandSpec(
        name: "list", usage: "list", summary: "列出已註冊的評比程式、其輸入檔與解讀。", options: [], maxPositional: 0)
    static let readings = CommandSpec(
        name: "readings", usage: "readings [PROGRAM…]", summary: "列出各程式的解讀（文件未明或矛盾處的選擇）、預設值與其他選項（--reading 所用的值及其中文名稱）。",
        options: [], maxPositional: .max)
    static let explain = CommandSpec(
        name: "explain", usage: "explain PROGRAM --unit NAME [--data DIR] [--reading NAME=VALUE]… [--period A..B]",
        summary: "說明一個單位的每個數值如何算出：輸入、公式、代入、上下限與四捨五入。",
        options: [OptionSpec(name: "unit", valueName: "NAME", help: "單位名稱，例如 屏東縣潮州鎮"), data, reading, period, history],
        maxPositional: 1)
    static let validate = CommandSpec(
        name: "validate", usage: "validate [PROGRAM…] --data DIR",
        summary: "只檢查輸入資料：錯誤指出檔案、行、欄與值；通過時列出警告。", options: [data, reading, period, history],
        maxPositional: .max)
    static let template = CommandSpec(
        name: "template", usage: "template PROGRAM --out DIR [--format csv|xlsx]",
        summary: "寫出該程式所需的輸入檔，待填：標題列，以及程式已知的名冊（各公所 × 各月份、各縣市、各原鄉地區），其餘空白。csv（預設，UTF-8 BOM，Excel 可直接開啟）每個輸入一檔；xlsx 為一個活頁簿，每個輸入一個工作表，另有「欄位說明」工作表，填好後可直接以 --data 讀取。不覆寫既有檔案：資料夾中已有同名檔案時列出它們，一個檔案都不寫。",
        options: [
            OptionSpec(name: "out", valueName: "DIR", help: "寫入資料夾"),
            OptionSpec(name: "format", valueName: "FORMAT", help: "csv（預設）或 xlsx"),
        ], maxPositional: 1)

    static let announce = CommandSpec(
        name: "announce", usage: "announce PROGRAM [--data DIR] [--reading NAME=VALUE]… [--period A..B]",
        summary: "印出可直接貼到 LINE 群組的公告文字：各組獲獎單位與分數（純文字）。",
        options: [data, reading, period, history], maxPositional: 1)

    static let sensitivity = CommandSpec(
        name: "sensitivity", usage: "sensitivity [PROGRAM…] [--data DIR] [--reading NAME=VALUE]… [--period A..B]",
        summary: "判讀敏感度：在每一種解讀組合下重新計算，列出哪些獎項會因解讀而改變（及改由誰獲得）、哪些不受影響，以及各單位名次的變動範圍。以 --reading 指定的解讀固定不變。",
        options: [data, reading, period, history], maxPositional: .max)

    static let gap = CommandSpec(
        name: "gap", usage: "gap PROGRAM --unit NAME [--data DIR] [--reading NAME=VALUE]… [--period A..B]",
        summary: "一個單位與各獎項的距離：未獲獎時，單獨改變自己的哪一項件數、最少多少件即可獲獎；已獲獎時，改變多少就會失去。每次都依程式重新計算（組平均、上限、同分與比序）。",
        options: [OptionSpec(name: "unit", valueName: "NAME", help: "單位名稱，例如 屏東縣潮州鎮"), data, reading, period, history],
        maxPositional: 1)

    static let rules = CommandSpec(
        name: "rules", usage: "rules PROGRAM [--compare BASE] [--format text|csv]",
        summary: "印出一個程式的評比規定（期間、輸入資料、各項目的條文與權重、獎項條文、解讀），供主管核定。加上 --compare BASE 時印出本版對照 BASE 的修正對照表（修正規定｜現行規定｜說明）；--format csv 寫成可貼入 Word 或 Excel 的表格。",
        options: [
            OptionSpec(name: "compare", valueName: "BASE", help: "對照的前一版程式，例如 kaoping-111"),
            OptionSpec(name: "format", valueName: "FORMAT", help: "text（預設）或 csv（修正對照表）"),
        ], maxPositional: 1)

    static let diff = CommandSpec(
        name: "diff", usage: "diff OLD NEW [PROGRAM…] [--announce] [--format text|json] [--reading NAME=VALUE]… [--period A..B]",
        summary: "比較兩個資料夾（例如 6 月與 10 月的資料，或公布的資料與更正後的資料）：列出不同的儲存格（檔案、行、欄、舊值 → 新值），以及數值、名次或獎項改變的每個單位與原因（本單位資料、同組平均或其他單位）。OLD 與 NEW 也可以是兩個結果檔（pingbi run --format json 寫出的 .json）：比較其中記錄的數值、名次與獎項，並依記錄的 SHA-256 指出哪些資料檔不同（解讀與期間以結果所記錄者為準）。",
        options: [
            reading, period, history,
            OptionSpec(name: "announce", valueName: "", help: "只印出可貼到 LINE 群組的更正公告（獎項異動）"),
            OptionSpec(name: "format", valueName: "FORMAT", help: "text（預設）或 json（差異的機器可讀格式）"),
        ], maxPositional: .max)

    static let verify = CommandSpec(
        name: "verify", usage: "verify RESULT.json --data DIR [--history DIR]",
        summary: "核對發布的結果（pingbi run --format json 寫出的檔案）是否仍與資料相符：比對各資料檔的 SHA-256，並依結果記錄的解讀與期間重算、逐項比對名次、數值與獎項。相符時結束碼 0；不符時結束碼 1 並指出第一個不同之處。",
        options: [data, history], maxPositional: 1)

    static let all = [run, list, readings, rules, explain, announce, sensitivity, gap, diff, validate, verify, template]
}
